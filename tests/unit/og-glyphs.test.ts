// Preview images draw the letters of every EU/EEA, Swiss and UK language, and refuse,
// with the reason, what their fonts cannot draw (emoji, Arabic, Hebrew, other scripts)
// instead of publishing "NO GLYPH" boxes.
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { OG_FONT_FAMILY, ogFonts } from '../../src/lib/fonts/fonts';
import { previewGlyphProblem, undrawableCharacters } from '../../src/lib/fonts/glyphs';
import { ogImageInputs } from '../../src/lib/og/render';
import { typeset } from '../../src/lib/text/typography';

const drawn = {
  fr: typeset('fr', 'Empêcher « Meta » d’entraîner son IA : où ? Cœur, ça, Ÿ, 3 € !'),
  en: 'Stop LinkedIn training its AI — “Settings & Privacy”, 1–2…',
  de: '„Datenschutz“: Größe, Äpfel, Übersicht',
  pl: 'Urząd Ochrony Danych Osobowych, Łódź, żółć',
  cs: 'Úřad pro ochranu osobních údajů',
  hu: 'Nemzeti Adatvédelmi és Információszabadság Hatóság, ő ű',
  ro: 'Autoritatea Națională de Supraveghere, ș ț ă',
  mt: 'Kummissarju għall-Informazzjoni, ħ ġ ż',
  lv: 'Datu valsts inspekcija, ā ē ļ ņ',
  lt: 'Valstybinė duomenų apsaugos inspekcija',
  hr: 'Agencija za zaštitu osobnih podataka, đ',
  is: 'Persónuvernd, þ ð',
  cy: 'Swyddfa’r Comisiynydd Gwybodaeth, ŵ ŷ',
  no: 'Datatilsynet, æ ø å',
  el: 'Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα, ϊ ΐ',
  bg: 'Комисия за защита на личните данни',
  decomposed: 'Re\u0301glages, e\u0300',
};

describe('characters preview images can draw', () => {
  it.each(Object.entries(drawn))('draws %s: %s', (_, text) => {
    expect(undrawableCharacters(text)).toEqual([]);
    expect(previewGlyphProblem(text)).toBeUndefined();
  });

  it.each([
    ['an emoji', 'Stop 😀 now', ['😀']],
    ['an emoji with a skin tone', 'Yes 👍🏽', ['👍', '🏽']],
    ['a red heart', 'I ❤️ privacy', ['❤']],
    ['a flag', 'Meta 🇫🇷', ['🇫', '🇷']],
    ['Arabic', 'اعتراض على ميتا', ['ا', 'ع', 'ت', 'ر', 'ض', 'ل', 'ى', 'م', 'ي']],
    ['Hebrew', 'התנגדות', ['ה', 'ת', 'נ', 'ג', 'ד', 'ו']],
    ['Chinese', '隐私', ['隐', '私']],
    ['a combining mark with no precomposed letter', 'x\u0304', ['\u0304']],
  ])('refuses %s, naming each character', (_, text, missing) => {
    expect(undrawableCharacters(text)).toEqual(missing);
    expect(previewGlyphProblem(text)).toMatch(/^preview images cannot draw ".+" \(U\+[0-9A-F]{4,5}\).*: write it in letters of the Latin, Greek or Cyrillic alphabets, without emoji/);
  });

  it('says which characters, with their code points', () => {
    expect(previewGlyphProblem('Stop 😀 שלום')).toMatch(/^preview images cannot draw "😀" \(U\+1F600\), "ש" \(U\+05E9\), "ל" \(U\+05DC\)/);
  });
});

describe('the preview image renderer', () => {
  // One character on a small card, with the preview fonts: a character no font has is
  // drawn as the same "NO GLYPH" box as a private-use character.
  const draw = async (char: string) => {
    const svg = await satori({ type: 'div', props: { style: { display: 'flex', fontFamily: OG_FONT_FAMILY, fontSize: 64, fontWeight: 700, background: '#fff', width: 160, height: 100 }, children: char } } as unknown as Parameters<typeof satori>[0], {
      width: 160,
      height: 100,
      fonts: ogFonts(),
    });
    return Buffer.from(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
  };

  it('draws a glyph, not a box, for a letter of each alphabet it accepts', async () => {
    const box = await draw('\uE000');
    expect((await draw('ب')).equals(box), 'an Arabic letter is drawn as the box').toBe(true);
    for (const char of ['Ł', 'ő', 'ș', 'ħ', 'đ', 'Ω', 'ΐ', 'Ж', 'ß', '«', '’', '€']) {
      expect((await draw(char)).equals(box), char).toBe(false);
    }
  });

  // Refused before the cache is looked up or anything drawn: the inputs of every image go through it.
  it('refuses to draw a card whose text it cannot draw, naming the field and the character', () => {
    expect(() => ogImageInputs({ lang: 'en', kicker: 'Meta', title: 'Stop 😀 now', footer: 'In force', siteName: 'Guides' })).toThrow(
      /^preview image: the title "Stop 😀 now": preview images cannot draw "😀" \(U\+1F600\)/,
    );
    expect(() => ogImageInputs({ lang: 'en', kicker: 'Meta · שלום', title: 'Stop', footer: 'In force', siteName: 'Guides' })).toThrow(/the kicker .*"ש" \(U\+05E9\)/);
  });
});

import { describe, expect, it } from 'vitest';
import { deadlineStart, instantStartsDate, todayUtc } from '../../src/lib/countdown/deadline';
import { formatDate, formatDayOrMonth, formatList, languageName } from '../../src/lib/text/format';
import { anchorPath, translatePath } from '../../src/lib/links';
import { pickLanguage } from '../../src/lib/pick-language';
import { labelPath } from '../../src/lib/guide/path';
import { chooseSurface, nextTabIndex } from '../../src/lib/guide/surface-choice';
import { typeset, typesetWith } from '../../src/lib/text/typography';
import { siteLangs } from '../../src/i18n/languages';
import { withHash } from '../../src/lib/links/keep-hash';
import { decodeFragment } from '../../src/lib/links/fragment';
import { SLOT, splitAtSlot } from '../../src/lib/text/slot-text';
import { parseEntryId } from '../../src/lib/content/entry-id';
import { isoDate, isoInstant } from '../../src/lib/content/schemas';
import { parseYaml } from '../../src/lib/validation/yaml';

describe('deadline rules', () => {
  it.each([
    // LinkedIn: 3 November, winter time, UTC+02:00 in Helsinki and Nicosia.
    ['2025-11-03', '2025-11-02T22:00:00Z', true],
    ['2025-11-03', '2025-11-03T00:00:00+02:00', true],
    ['2025-11-03', '2025-11-02T21:00:00Z', false],
    ['2025-11-03', '2025-11-03T00:00:00Z', false],
    // Meta: 27 May, summer time, UTC+03:00.
    ['2025-05-27', '2025-05-26T21:00:00Z', true],
    ['2025-05-27', '2025-05-27T00:00:00+03:00', true],
    ['2025-05-27', '2025-05-26T22:00:00Z', false], // the winter offset
    ['2025-05-27', '2025-05-27T00:00:00Z', false],
  ])('%s in the EU, EEA, Switzerland and the UK starts at %s: %s', (date, instant, ok) => {
    expect(instantStartsDate(date, instant, ['EU', 'EEA', 'CH', 'UK'])).toBe(ok);
  });

  it('finds the earliest zone of the regions concerned, with its summer or winter offset', () => {
    expect(deadlineStart('2025-05-27', ['EU', 'UK'])).toEqual({ instant: '2025-05-26T21:00:00Z', timeZone: 'Europe/Helsinki', offset: 'UTC+03:00' });
    expect(deadlineStart('2025-11-03', ['EU'])).toEqual({ instant: '2025-11-02T22:00:00Z', timeZone: 'Europe/Helsinki', offset: 'UTC+02:00' });
    expect(deadlineStart('2025-05-27', ['UK'])).toEqual({ instant: '2025-05-26T23:00:00Z', timeZone: 'Europe/London', offset: 'UTC+01:00' });
    expect(deadlineStart('2026-01-15', ['CH', 'UK'])).toEqual({ instant: '2026-01-14T23:00:00Z', timeZone: 'Europe/Zurich', offset: 'UTC+01:00' });
    // The night summer time starts (29 March 2026): midnight is still winter time.
    expect(deadlineStart('2026-03-29', ['EU']).instant).toBe('2026-03-28T22:00:00Z');
    expect(deadlineStart('2026-03-30', ['EU']).instant).toBe('2026-03-29T21:00:00Z');
  });

  it('takes today as the UTC date', () => {
    expect(todayUtc(new Date('2025-11-02T23:30:00+02:00'))).toBe('2025-11-02');
  });
});

describe('date schemas', () => {
  it('take dates as the one YAML parser gives them: the text written, never a Date', () => {
    const { data } = parseYaml('date: 2025-11-03\ninstant: 2025-11-02T22:00:00Z\n', 1);
    expect(data).toEqual({ date: '2025-11-03', instant: '2025-11-02T22:00:00Z' });
    expect(isoDate('d').parse('2025-11-03')).toBe('2025-11-03');
    expect(isoInstant('i').parse('2025-11-03T00:00:00+02:00')).toBe('2025-11-03T00:00:00+02:00');
    expect(isoDate('d').safeParse(new Date('2025-11-03T00:00:00Z')).success).toBe(false);
  });

  it.each(['2025-02-30', '2025-13-01', '3 Nov 2025', '2025-11-3', ''])('reject the date %j', (value) => {
    expect(isoDate('d').safeParse(value).success).toBe(false);
  });

  it.each(['2025-11-03', '2025-11-03T00:00:00', '2025-11-03 00:00Z', 'Mon, 03 Nov 2025 00:00:00 GMT', '2025-11-03T25:00:00Z'])(
    'reject the instant %j (no offset means UTC or the visitor’s zone)',
    (value) => {
      expect(isoInstant('i').safeParse(value).success).toBe(false);
    },
  );
});

describe('formatting', () => {
  it('writes the announced date in each language, in any time zone', () => {
    expect(formatDate('2025-11-03', 'fr-FR')).toBe('3 novembre 2025');
    expect(formatDate('2025-11-03', 'en-GB')).toBe('3 November 2025');
    expect(formatDayOrMonth('2025-11-07', 'fr-FR')).toBe('7 novembre 2025');
    expect(formatDate('2026-12-01', 'fr-FR')).toBe('1er décembre 2026');
    expect(formatDate('2026-12-01', 'en-GB')).toBe('1 December 2026');
    expect(formatDayOrMonth('2025-10', 'fr-FR')).toBe('octobre 2025');
    expect(formatDayOrMonth('2025-10', 'en-GB')).toBe('October 2025');
  });

  it('joins lists and names languages with Intl', () => {
    expect(formatList(['a', 'b', 'c'], 'en-GB')).toBe('a, b and c');
    expect(formatList(['a', 'b', 'c'], 'fr-FR')).toBe('a, b et c');
    expect(languageName('fr', 'en-GB')).toBe('French');
    expect(languageName('en', 'fr-FR')).toBe('anglais');
  });

  it('keeps French punctuation on the same line as its word, by the rules of content/languages.yaml', () => {
    const french = (text: string) => typesetWith(siteLangs.entry('fr').typography, text);
    expect(french('Attention : « Préférences » ? Oui ! Non ; peut-être.')).toBe('Attention\u00a0: «\u00a0Préférences\u00a0»\u202f? Oui\u202f! Non\u202f; peut-être.');
    // Already typeset text stays as it is, and a wrong space is corrected.
    expect(french('Oui\u202f! Voir\u00a0: x')).toBe('Oui\u202f! Voir\u00a0: x');
    expect(french('Oui\u00a0?')).toBe('Oui\u202f?');
    expect(typeset('fr', 'Oui ?')).toBe('Oui\u202f?');
    // A source in Belgian French follows French rules; English, and a language the site lacks, are left as written.
    expect(typeset('fr-BE', 'Oui ?')).toBe('Oui\u202f?');
    expect(typeset('en', 'Note : x')).toBe('Note : x');
    expect(typeset('it', 'Nota : x')).toBe('Nota : x');
    // German: „…“ and no space added before punctuation.
    expect(typesetWith({ quotes: ['„', '“'], nbspBefore: '', narrowNbspBefore: '', nbspAfter: '' }, 'Achtung: „Daten“!')).toBe('Achtung: „Daten“!');
  });

  it('splits a translated sentence around one slot', () => {
    expect(splitAtSlot(`since ${SLOT}.`)).toEqual(['since ', '.']);
    expect(() => splitAtSlot('no slot')).toThrow(/exactly one slot/);
  });
});

describe('links', () => {
  it('builds anchors and translates paths by their first segment', () => {
    expect(anchorPath('fr', 'linkedin', 'mobile-switch-off')).toBe('/fr/linkedin/#mobile-switch-off');
    expect(translatePath('/en/linkedin/', 'fr')).toBe('/fr/linkedin/');
    expect(translatePath('/en/', 'fr')).toBe('/fr/');
    expect(translatePath('/', 'fr')).toBe('/');
  });

  it('carries the hash to the other language', () => {
    expect(withHash('/fr/linkedin/', '#web-switch-off')).toBe('/fr/linkedin/#web-switch-off');
    expect(withHash('/fr/linkedin/#old', '#new')).toBe('/fr/linkedin/#new');
    expect(withHash('/fr/linkedin/#old', '')).toBe('/fr/linkedin/');
  });

  it('decodes a fragment as browsers do, keeping malformed escapes instead of throwing', () => {
    expect(decodeFragment('web-switch-off')).toBe('web-switch-off');
    expect(decodeFragment('%69nstagram-app')).toBe('instagram-app');
    expect(decodeFragment('r%C3%A9glages')).toBe('réglages');
    expect(decodeFragment('instagram-app-send-form%')).toBe('instagram-app-send-form%');
    expect(decodeFragment('a%zz%C3%A9%')).toBe('a%zzé%');
    expect(decodeFragment('a%C3%28b')).toBe('a%C3%28b');
  });

  it('parses collection ids', () => {
    expect(parseEntryId('linkedin/fr/steps/web-open-settings')).toEqual({ guide: 'linkedin', lang: 'fr', id: 'web-open-settings' });
    expect(parseEntryId('linkedin/en/overview')).toEqual({ guide: 'linkedin', lang: 'en', id: 'linkedin' });
    expect(parseEntryId('linkedin/de/steps/x')).toEqual({ guide: 'linkedin', lang: 'de', id: 'x' });
    expect(() => parseEntryId('linkedin/it/steps/x')).toThrow(/expected <guide>\/<lang>/);
  });
});

describe('language and surface choice', () => {
  it('picks the first preferred language the site has', () => {
    const site = ['fr', 'en'];
    expect(pickLanguage(['de-DE', 'fr-CA', 'en'], site)).toBe('fr');
    expect(pickLanguage(['EN-us'], site)).toBe('en');
    expect(pickLanguage(['de', 'it'], site)).toBeUndefined();
    expect(pickLanguage([], site)).toBeUndefined();
    // A language the site has in one region: the reader's region first, else the language.
    expect(pickLanguage(['pt-BR'], ['pt-PT', 'pt-BR'])).toBe('pt-BR');
    expect(pickLanguage(['pt'], ['fr', 'pt-BR'])).toBe('pt-BR');
  });

  it('opens the linked surface first, then the remembered one, then a guess', () => {
    const available = [{ id: 'web', device: 'web' }, { id: 'mobile', device: 'app' }];
    expect(chooseSurface({ available, linked: 'mobile', stored: 'web' })).toBe('mobile');
    expect(chooseSurface({ available, linked: null, stored: 'mobile' })).toBe('mobile');
    expect(chooseSurface({ available, stored: 'tablet', coarsePointer: true })).toBe('mobile');
    expect(chooseSurface({ available, coarsePointer: false })).toBe('web');
    expect(chooseSurface({ available: [{ id: 'mobile', device: 'app' }], coarsePointer: false })).toBe('mobile');
  });

  it('guesses by device among several products: the first app on a touch screen, the first website otherwise', () => {
    const available = [
      { id: 'facebook-app', device: 'app' },
      { id: 'facebook-web', device: 'web' },
      { id: 'instagram-app', device: 'app' },
    ];
    expect(chooseSurface({ available, coarsePointer: true })).toBe('facebook-app');
    expect(chooseSurface({ available, coarsePointer: false })).toBe('facebook-web');
    // A choice remembered from another guide ("mobile") does not exist here: the guess decides.
    expect(chooseSurface({ available, stored: 'mobile', coarsePointer: false })).toBe('facebook-web');
    expect(chooseSurface({ available, stored: 'instagram-app', coarsePointer: false })).toBe('instagram-app');
  });

  it('moves between tabs with arrows, Home and End, wrapping around', () => {
    expect(nextTabIndex('ArrowRight', 1, 2)).toBe(0);
    expect(nextTabIndex('ArrowLeft', 0, 2)).toBe(1);
    expect(nextTabIndex('Home', 1, 3)).toBe(0);
    expect(nextTabIndex('End', 0, 3)).toBe(2);
    expect(nextTabIndex('Enter', 0, 3)).toBeUndefined();
  });
});

describe('the status sentence', () => {
  const guide = { platform: 'LinkedIn', action: { kind: 'setting' as const, links: [] } };
  const deadline = { date: '2025-11-03', instant: '2025-11-02T22:00:00Z' };
  it('says in force or upcoming, with the announced date, in each language', async () => {
    const { statusSentence } = await import('../../src/lib/guide/status-sentence');
    expect(statusSentence('fr', guide, { status: 'in-force', deadline })).toBe('LinkedIn utilise ces données depuis le 3 novembre 2025.');
    expect(statusSentence('en', guide, { status: 'upcoming', deadline })).toBe('LinkedIn starts using this data on 3 November 2025.');
    expect(statusSentence('en', guide, { status: 'in-force', deadline }, '<date>')).toBe('LinkedIn has been using this data since <date>.');
  });

  it('says there is no date to wait for when there is no key date, by what the reader does, with no date', async () => {
    const { statusSentence } = await import('../../src/lib/guide/status-sentence');
    expect(statusSentence('en', guide, { status: 'in-force' })).toBe('No date to wait for: check this setting now.');
    expect(statusSentence('fr', { ...guide, action: { kind: 'form', links: [] } }, { status: 'in-force' })).toBe('Aucune date à attendre\u00a0: vous pouvez vous opposer dès maintenant.');
    expect(statusSentence('en', guide, { status: 'in-force' })).not.toMatch(/since|starts|\d/);
  });

  it('dates a pause or a withdrawal to the day the platform said so, not to the key date', async () => {
    const { statusSentence } = await import('../../src/lib/guide/status-sentence');
    expect(statusSentence('en', guide, { status: 'paused', deadline, since: '2026-01-15' })).toBe('LinkedIn said on 15 January 2026 that it is pausing the use of this data.');
    expect(statusSentence('fr', guide, { status: 'withdrawn', since: '2026-02-01' })).toBe('Le 1er février 2026, LinkedIn a annoncé renoncer à utiliser ces données.');
  });
});

describe('labelPath', () => {
  it('chains the labels of the steps in order, once each, keeping the language of each step', () => {
    expect(
      labelPath([
        { labels: ['Me', 'Settings & Privacy'], lang: 'en' },
        { labels: ['Settings & Privacy', 'Data privacy'], lang: 'en' },
        { labels: [], lang: 'en' },
        { labels: ['Données pour l’amélioration de l’IA générative'], lang: 'fr' },
      ]),
    ).toEqual([
      { label: 'Me', lang: 'en' },
      { label: 'Settings & Privacy', lang: 'en' },
      { label: 'Data privacy', lang: 'en' },
      { label: 'Données pour l’amélioration de l’IA générative', lang: 'fr' },
    ]);
    expect(labelPath([])).toEqual([]);
  });
});

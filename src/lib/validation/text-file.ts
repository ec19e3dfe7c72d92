// Reads a content file as text, refusing what would be published damaged or
// invisible: bytes that are not UTF-8 (decoded as "�"), NUL and other control
// characters (they reach <title>, feeds and the API as they are). A byte order
// mark is accepted and dropped, as Astro's own readers do.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { FILE_FIELD, type Problem } from './problems';

const BOM = '\uFEFF';
// Tab, line feed and carriage return are the only controls a text file needs.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const controlNames: Record<number, string> = { 0: 'NUL', 7: 'BEL', 8: 'BS', 11: 'VT', 12: 'FF', 27: 'ESC', 127: 'DEL' };

const codePoint = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  const name = controlNames[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
};

export type TextRead = { text: string; problems: [] } | { text?: undefined; problems: Problem[] };

/** The file's text, or one problem per damaged line (with its line and what to do). */
export function readTextFile(abs: string, file: string): TextRead {
  const bytes = readFileSync(abs);
  const problems: Problem[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    // A UTF-8 sequence never contains a line feed, so each line is checked on its own.
    const bytesOfLine = bytes.subarray(start, stop);
    if (!isUtf8(bytesOfLine)) {
      problems.push({ file, line, field: FILE_FIELD, message: 'bytes that are not UTF-8 (they would be published as "�"): save the file as UTF-8 and retype the damaged characters' });
    } else {
      const text = bytesOfLine.toString('utf8');
      const control = CONTROL.exec(text);
      if (control) {
        problems.push({ file, line, field: FILE_FIELD, message: `invisible control character ${codePoint(control[0])} at column ${control.index + 1}: delete it (only tabs and line breaks are allowed)` });
      }
    }
    if (end === -1) break;
    start = end + 1;
  }
  if (problems.length) return { problems };
  const text = bytes.toString('utf8');
  return { text: text.startsWith(BOM) ? text.slice(BOM.length) : text, problems: [] };
}

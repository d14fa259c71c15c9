/**
 * Text from scenario files is data: escape sequences and control characters never reach the
 * terminal. ESC-introduced sequences (CSI, OSC links, ...) go whole; other controls become spaces.
 */
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]|\u009D[^\u0007\u009C]*[\u0007\u009C]?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
/**
 * Characters that draw nothing yet change what is drawn: bidirectional controls, which can make a
 * line read in another order than it is written (U+202E turns `txt.exe` round), and zero-width
 * ones, which make two names that look the same differ. The joiner U+200D stays: emoji need it.
 */
const INVISIBLE = /[\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** One line of display text. @example clean('a\u001B[31mb\nc\u202E') === 'ab c' */
export function clean(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, ' ').replace(INVISIBLE, '');
}

/**
 * Text quoted back to its author, with each control character shown as `\u001B`, the way JSON
 * writes it, and each invisible one as `<U+202E>`: a message about a hidden character must show
 * it, and must not obey it.
 * @example visible('a\u001B[2Jb') === 'a\\u001B[2Jb'
 */
export function visible(text: string): string {
  return text
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(
      INVISIBLE,
      (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
    );
}

/**
 * A value from a file as its author wrote it, for a message: text in quotes, and the numbers JSON
 * has no words for as YAML writes them (JSON would say `null` for `.nan`).
 * @example asWritten(NaN) === '.nan'
 */
export function asWritten(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  return JSON.stringify(value) ?? String(value);
}

/**
 * Text from scenario files is data: escape sequences and control characters never reach the
 * terminal. ESC-introduced sequences (CSI, OSC links, ...) go whole; other controls become spaces.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]|\u009D[^\u0007\u009C]*[\u0007\u009C]?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** One line of display text. @example clean('a\u001B[31mb\nc') === 'ab c' */
export function clean(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, ' ');
}

/**
 * Text quoted back to its author, with each control character shown as `\u001B`, the way JSON
 * writes it: a message about a hidden character must show it, and must not obey it.
 * @example visible('a\u001B[2Jb') === 'a\\u001B[2Jb'
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Text typed into a dialog: keys typed fast or pasted arrive in one chunk, Backspaces and Enter
 * inside it.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F]/;
const ERASE = new Set(['\u007F', '\b']);

export type TypedKey =
  | { readonly kind: 'erase' }
  | { readonly kind: 'enter' }
  | { readonly kind: 'char'; readonly char: string };

/**
 * The keys in one chunk, in order: a Backspace, an Enter, or a character to type (other control
 * characters are dropped).
 * @example typedKeys('a\u007F\r')
 * // [{ kind: 'char', char: 'a' }, { kind: 'erase' }, { kind: 'enter' }]
 */
export function typedKeys(chunk: string): TypedKey[] {
  return [...chunk].flatMap((char): TypedKey[] => {
    if (char === '\r' || char === '\n') return [{ kind: 'enter' }];
    if (ERASE.has(char)) return [{ kind: 'erase' }];
    return CONTROL.test(char) ? [] : [{ kind: 'char', char }];
  });
}

/**
 * `text` after the keys of one chunk, each acting in turn as it would one by one; `entered` when
 * the chunk holds an Enter, whatever came after it being left for the next dialog.
 * @example typeInto('ab', 'c\u007Fd\r') // { text: 'abd', entered: true }
 */
export function typeInto(
  text: string,
  chunk: string,
): { readonly text: string; readonly entered: boolean } {
  let next = text;
  for (const key of typedKeys(chunk)) {
    if (key.kind === 'enter') return { text: next, entered: true };
    next = key.kind === 'erase' ? next.slice(0, -1) : next + key.char;
  }
  return { text: next, entered: false };
}

/** Text typed into a dialog: keys typed fast or pasted arrive in one chunk, Backspaces and Enter inside it. */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;
const ERASE = new Set(['\u007F', '\b']);

/**
 * `text` after the characters of one chunk, each acting in turn as it would one by one; `entered`
 * when the chunk holds an Enter, whatever came after it being left for the next dialog.
 * @example typeInto('ab', 'c\u007Fd\r') // { text: 'abd', entered: true }
 */
export function typeInto(text: string, chunk: string): { readonly text: string; readonly entered: boolean } {
  let next = text;
  for (const char of chunk) {
    if (char === '\r' || char === '\n') return { text: next, entered: true };
    if (ERASE.has(char)) next = next.slice(0, -1);
    else if (!CONTROL.test(char)) next += char;
  }
  return { text: next, entered: false };
}

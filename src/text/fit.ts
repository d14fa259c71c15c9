/**
 * Fitting text to terminal columns, and to a fixed number of lines, so no frame is ever taller or
 * wider than the screen. Widths are terminal columns, not string lengths: a CJK character or an
 * emoji takes two. The reports and the player both fit their text here.
 */
import textWidth, { isSimple } from './width.js';

const graphemes = new Intl.Segmenter();

/** How many terminal columns `text` takes. @example columns('日内瓦') === 6 */
export const columns = (text: string): number => textWidth(text);

/** `text` padded with spaces to `width` columns. @example padTo('日', 4) === '日  ' */
export const padTo = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - columns(text)));

/** The longest start of `text` that takes at most `width` columns, cut between characters. */
function headOf(text: string, width: number): string {
  // Simple text is one column a character: no segmenter needed.
  if (isSimple(text)) return text.slice(0, Math.max(0, width));
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    used += columns(segment);
    if (used > width) break;
    out += segment;
  }
  return out;
}

/**
 * Cuts `text` to `width` terminal columns, ending with an ellipsis when something was cut. Ink's
 * own truncation can overrun by a column when the cut falls beside a wide (CJK) character.
 * @example fitWidth('日内瓦和谈', 6) // '日内…'
 */
export function fitWidth(text: string, width: number): string {
  return columns(text) <= width ? text : `${headOf(text, width - 1)}…`;
}

/** A word cut into pieces of at most `width` columns (a character wider than that stands alone). */
function piecesOf(word: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest) {
    const head = headOf(rest, width) || ([...graphemes.segment(rest)][0]?.segment ?? rest);
    pieces.push(head);
    rest = rest.slice(head.length);
  }
  return pieces;
}

/**
 * Word-wraps `text` to `width` columns and keeps at most `lines` lines, ending the last with an
 * ellipsis when something was cut.
 * @example fitLines('one two three', 7, 1) // ['one tw…']
 */
export function fitLines(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of piecesOf(word, Math.max(1, width))) {
      const size = columns(piece);
      if (line && used + 1 + size > width) {
        out.push(line);
        [line, used] = [piece, size];
      } else [line, used] = line ? [`${line} ${piece}`, used + 1 + size] : [piece, size];
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${headOf(kept[lines - 1] ?? '', Math.max(0, width - 1))}…`;
  return kept;
}

/** Items laid out left to right, wrapping to new lines, each item kept whole. */
export function wrapItems<T>(
  items: readonly T[],
  widthOf: (item: T) => number,
  width: number,
): T[][] {
  const lines: T[][] = [];
  let line: T[] = [];
  let used = 0;
  for (const item of items) {
    const w = widthOf(item);
    if (used > 0 && used + w > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    line.push(item);
    used += w;
  }
  lines.push(line);
  return lines;
}

/** The slice of a list, `height` long, that keeps `selected` in view. */
export function windowAround<T>(
  items: readonly T[],
  selected: number,
  height: number,
): { first: number; shown: T[] } {
  const first = Math.max(0, Math.min(selected - Math.floor(height / 2), items.length - height));
  return { first, shown: items.slice(first, first + Math.max(0, height)) };
}

/** Fitting text to a fixed number of terminal lines, so no frame is ever taller than the screen. */
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter();

/**
 * Cuts `text` to `width` terminal columns, ending with an ellipsis when something was cut. Ink's
 * own truncation can overrun by a column when the cut falls beside a wide (CJK) character.
 * @example fitWidth('日内瓦和谈', 6) // '日内…'
 */
export function fitWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    used += stringWidth(segment);
    if (used > width - 1) break;
    out += segment;
  }
  return `${out}…`;
}

/**
 * Word-wraps `text` to `width` and keeps at most `lines` lines, ending the last with an ellipsis
 * when something was cut.
 * @example fitLines('one two three', 7, 1) // ['one tw…']
 */
export function fitLines(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of word.match(new RegExp(`.{1,${Math.max(1, width)}}`, 'gu')) ?? []) {
      if (line && line.length + 1 + piece.length > width) {
        out.push(line);
        line = piece;
      } else line = line ? `${line} ${piece}` : piece;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = `${last.slice(0, Math.max(0, width - 1))}…`;
  return kept;
}

/** Items laid out left to right, wrapping to new lines, each item kept whole. */
export function wrapItems<T>(items: readonly T[], widthOf: (item: T) => number, width: number): T[][] {
  const lines: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = widthOf(item);
    if (used > 0 && used + w > width) {
      lines.push([]);
      used = 0;
    }
    lines.at(-1)!.push(item);
    used += w;
  }
  return lines;
}

/** The slice of a list, `height` long, that keeps `selected` in view. */
export function windowAround<T>(items: readonly T[], selected: number, height: number): { first: number; shown: T[] } {
  const first = Math.max(0, Math.min(selected - Math.floor(height / 2), items.length - height));
  return { first, shown: items.slice(first, first + Math.max(0, height)) };
}

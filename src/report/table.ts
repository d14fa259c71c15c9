/** Plain text layout: wrapped lines and aligned columns for the terminal, pipe tables for Markdown. */
import { columns, fitLines, padTo } from '../text/fit.js';

/** The width of a terminal nobody has widened: what parley's text output fits. */
export const TERMINAL_WIDTH = 80;

/**
 * Text word-wrapped to `width` columns, every line under `indent`; no lines for empty text.
 * @example wrapped('one two three', '  ', 9) // ['  one two', '  three']
 */
export function wrapped(text: string, indent: string, width = TERMINAL_WIDTH): string[] {
  return fitLines(text, width - columns(indent), Infinity).map((line) => indent + line);
}

/**
 * `label`, then `text` wrapped to `width` with its further lines under its first.
 * @example hanging('  start: ', 'process suspended, opposition attending', 30) // ['  start: process suspended,', '         opposition attending']
 */
export function hanging(label: string, text: string, width = TERMINAL_WIDTH): string[] {
  const [first = '', ...more] = wrapped(text, ' '.repeat(label.length), width);
  return [label + first.slice(label.length), ...more];
}

/**
 * Columns padded to their widest cell, two spaces apart; the last column is not padded. Given a
 * `width`, the last column wraps to fit it, its further lines under its first.
 * @example alignColumns([['type', 'cameo'], ['WALKED_OUT', '161']]) // 'type        cameo\nWALKED_OUT  161\n'
 */
export function alignColumns(rows: readonly (readonly string[])[], width = Infinity): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => columns(r[i] ?? '')))) ?? [];
  return `${rows
    .flatMap((r) => {
      const lead = r
        .slice(0, -1)
        .map((cell, i) => `${padTo(cell, widths[i] ?? 0)}  `)
        .join('');
      const last = r.at(-1) ?? '';
      const lines = width === Infinity ? [last] : wrapped(last, '', width - columns(lead));
      return (lines.length ? lines : ['']).map((line, i) =>
        `${i ? ' '.repeat(columns(lead)) : lead}${line}`.trimEnd(),
      );
    })
    .join('\n')}\n`;
}

/** Text that cannot break out of a Markdown table cell or start markup. @example escapeMarkdown('a|b') === 'a\\|b' */
export const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]|<>])/g, '\\$1');

/**
 * A Markdown table; cells are written as given (escape them first where they come from a file).
 * @example markdownTable(['region', 'state'], [['process', 'delayed']]) // '| region | state |\n| --- | --- |\n| process | delayed |'
 */
export function markdownTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Plain tables: aligned columns for the terminal, pipe tables for Markdown. */

/**
 * Columns padded to their widest cell, two spaces apart; the last column is not padded.
 * @example alignColumns([['type', 'cameo'], ['WALKED_OUT', '161']]) // 'type        cameo\nWALKED_OUT  161\n'
 */
export function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

/** Text that cannot break out of a Markdown table cell or start markup. @example escapeMarkdown('a|b') === 'a\\|b' */
export const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]|<>])/g, '\\$1');

/**
 * A Markdown table; cells are written as given (escape them first where they come from a file).
 * @example markdownTable(['region', 'state'], [['process', 'delayed']]) // '| region | state |\n| --- | --- |\n| process | delayed |'
 */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

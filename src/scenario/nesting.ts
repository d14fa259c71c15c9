/**
 * Limits on a YAML file's shape, checked by the lexer alone before the parser builds anything:
 * the parser's own structures for a few megabytes of nesting, or of a million tiny values, take
 * gigabytes and minutes. The lexer streams its tokens and keeps nothing.
 */
import { CST, isCollection, isPair, Lexer, type Document } from 'yaml';

/**
 * How deep a YAML file may nest. A scenario needs about six levels (events, an event, its payload,
 * a list in it); hundreds are a mistake or an attack, and tens of thousands overflow the parser.
 */
export const MAX_DEPTH = 64;

/**
 * How many values, marks and comments a file may hold. A scenario of MAX_EVENTS (10,000) events
 * written one per line has about 100,000; measured, 200,000 parse in well under 256 MB of memory.
 */
export const MAX_ITEMS = 200_000;

const MARKERS = new Set<string>([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR, CST.BOM]);
/** Tokens that are layout or punctuation, not parts the parser keeps a node for. */
const PUNCTUATION = new Set([':', ',', ']', '}']);

export type ShapeProblem =
  | { readonly kind: 'deep'; readonly offset: number; readonly exact: boolean }
  | { readonly kind: 'large'; readonly offset: number };

/**
 * The first place the file goes past a limit, or null. Flow nesting (`[` and `{`) is counted
 * exactly; block nesting is estimated from the columns of `-`, `?` and keys starting lines, so a
 * block nested twice the limit is stopped here, and the exact level is found by the parser on the
 * part of the file up to this place (see `tooDeepNode`).
 */
export function shapeProblem(text: string): ShapeProblem | null {
  let offset = 0;
  let lineStart = 0;
  let flow = 0;
  let items = 0;
  let startsLine = true;
  let afterIndicator = false;
  const columns: number[] = [];
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue;
    const here = offset;
    offset += token.length;
    if (token === '\n' || token === '\r\n') {
      lineStart = offset;
      startsLine = true;
      continue;
    }
    if (!token.trim()) continue;
    if (PUNCTUATION.has(token)) {
      if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
      afterIndicator = false;
      continue;
    }
    items += 1;
    if (items > MAX_ITEMS) return { kind: 'large', offset: here };
    if (token === '[' || token === '{') {
      flow += 1;
      if (flow > MAX_DEPTH) return { kind: 'deep', offset: here, exact: true };
    }
    // Anchors, tags and comments stand beside a node, not for one.
    if (flow > 0 || /^[&!#]/.test(token)) continue;
    const indicator = token === '-' || token === '?';
    if (startsLine || afterIndicator || indicator) {
      const column = here - lineStart;
      while ((columns.at(-1) ?? -1) > column) columns.pop();
      if ((columns.at(-1) ?? -1) < column) columns.push(column);
      if (columns.length > 2 * MAX_DEPTH) return { kind: 'deep', offset: here, exact: false };
    }
    startsLine = false;
    afterIndicator = indicator;
  }
  return null;
}

/** The offset of the first collection deeper than MAX_DEPTH, walked without recursion so depth cannot overflow the stack. */
export function tooDeepNode(doc: Document): number | null {
  const stack: [unknown, number][] = [[doc.contents, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (!isCollection(node)) continue;
    if (depth > MAX_DEPTH) return node.range?.[0] ?? 0;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return null;
}

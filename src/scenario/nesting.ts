/**
 * How deep a YAML file may nest. A scenario needs about six levels (events, an event, its payload,
 * a list in it); hundreds are a mistake or an attack, and tens of thousands overflow the parser.
 */
import { CST, isCollection, isPair, Lexer, type Document } from 'yaml';

export const MAX_DEPTH = 64;

const MARKERS = new Set<string>([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/**
 * The offset of the first `[` or `{` that opens deeper than MAX_DEPTH, found by the lexer alone:
 * the parser takes minutes and gigabytes over a file of a million nested brackets.
 */
export function tooDeepFlow(text: string): number | null {
  let offset = 0;
  let depth = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      depth += 1;
      if (depth > MAX_DEPTH) return offset;
    } else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
    // The lexer's markers for documents and scalars stand for no text of the file.
    if (!MARKERS.has(token)) offset += token.length;
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

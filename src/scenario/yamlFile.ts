/** A YAML file parsed with positions, so every problem can name its line and column. */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Scalar, type YAMLError } from 'yaml';
import type { Diagnostic } from './diagnostics.js';
import { MAX_DEPTH, tooDeepFlow, tooDeepNode } from './nesting.js';
import { quickParse } from './quickYaml.js';
import type { Position } from './types.js';

export type PathKey = string | number;

export interface YamlFile {
  readonly file: string;
  readonly data: unknown;
  readonly errors: readonly Diagnostic[];
  /** Where the value at `path` was written; with `key`, where its key was. Falls back to the nearest parent. */
  positionOf(path: readonly PathKey[], key?: boolean): Position;
  /** The same position, worked out only when read: a valid file never needs it. */
  lazyPositionOf(path: readonly PathKey[]): Position;
}

/**
 * A position whose line and column are found on first read. A class, not a plain object, so that
 * immer's deep freeze of a run passes it by instead of reading it.
 */
class LazyPosition implements Position {
  declare readonly file: string;
  declare readonly line: number;
  declare readonly col: number;

  constructor(resolve: () => Position) {
    let known: Position | null = null;
    for (const key of ['file', 'line', 'col'] as const) {
      Object.defineProperty(this, key, { enumerable: true, get: () => (known ??= resolve())[key] });
    }
  }
}

/** Reads a file quickly when it is ordinary and valid, and with positions whenever they are asked for. */
export function parseYaml(file: string, text: string): YamlFile {
  const data = quickParse(text);
  if (data === undefined) return parseWithPositions(file, text);
  let full: YamlFile | null = null;
  const positions = (): YamlFile => (full ??= parseWithPositions(file, text));
  return {
    file,
    data,
    errors: [],
    positionOf: (path, key) => positions().positionOf(path, key),
    lazyPositionOf: (path) => new LazyPosition(() => positions().positionOf(path)),
  };
}

/** Guards against alias expansion bombs: a few aliases are fine, a billion laughs are not. */
const MAX_ALIAS_COUNT = 100;

function parseWithPositions(file: string, text: string): YamlFile {
  // Lines are counted here rather than by the parser, which a file nested too deeply never reaches.
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };
  const deepFlow = tooDeepFlow(text);
  const doc = parseDocument(deepFlow === null ? text : '', { prettyErrors: false, uniqueKeys: true, strict: true });
  const deep = deepFlow ?? tooDeepNode(doc);
  // Past the limit, the parser's own complaints (a stack overflow among them) only repeat this one.
  const errors = deep !== null
    ? [{ ...at(deep), message: `YAML: nested more than ${MAX_DEPTH} levels deep`, hint: 'a scenario needs a few levels; check the brackets and indentation here' }]
    : parserProblems(doc).map((e) => yamlDiagnostic(doc, e, at, text)).concat(prototypeKeys(doc, at));
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      errors.push({ ...at(0), message: `YAML: ${(error as Error).message}`, hint: 'aliases (*name) may be used at most 100 times' });
    }
  }
  return {
    file,
    data,
    errors,
    positionOf: (path, key = false) => at(offsetOf(doc, path, key)),
    lazyPositionOf: (path) => at(offsetOf(doc, path, false)),
  };
}

/** Keys that name a JavaScript object's internals: refused wherever they stand, so none can reach an object's prototype. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function prototypeKeys(doc: Document, at: (offset: number) => Position): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && PROTOTYPE_KEYS.has(String(pair.key.value))) {
        found.push({ ...at(pair.key.range?.[0] ?? 0), message: `YAML: the key "${String(pair.key.value)}" is not allowed`, hint: 'no scenario field has this name; remove it' });
      }
    },
  });
  return found;
}

/** The parser's message, placed where the mistake was made rather than where the parser noticed it. */
function yamlDiagnostic(doc: Document, error: YAMLError, at: (offset: number) => Position, text: string): Diagnostic {
  const message = `YAML: ${firstLine(error.message)}`;
  const hint = yamlHint(error.code);
  const plain = { ...at(error.pos[0]), message, ...(hint ? { hint } : {}) };
  const end = text.length;
  const over = error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY' ? overIndented(text, plain.line) : null;
  if (over) {
    return {
      ...plain, line: plain.line + 1, col: over.column,
      message: `YAML: this line is indented ${over.by} more than the keys above it`,
      hint: 'keys of one mapping start in the same column; a value that goes on a line of its own is indented under its key',
    };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = scalarWhere(doc, (range) => range[0] === error.pos[0]);
    return key ? { ...plain, message: `YAML: key "${String(key.value)}" appears twice in this mapping` } : plain;
  }
  if (error.code === 'MISSING_CHAR' && /closing .?quote/.test(error.message)) {
    // Reported where the parser stopped looking for the close; the mistake is the quote that opened it.
    const quoted = scalarWhere(doc, (range) => range[1] === error.pos[0]);
    if (quoted?.range) {
      const opening = at(quoted.range[0]);
      const mark = quoted.type === 'QUOTE_SINGLE' ? "'" : '"';
      const runsOn = opening.line === plain.line ? '' : ` and runs on to ${error.pos[0] >= end ? 'the end of the file' : `line ${plain.line}`}`;
      return { ...opening, message, hint: `the quote that opens here is never closed${runsOn}: end the value with ${mark}` };
    }
  }
  return plain;
}

function scalarWhere(doc: Document, test: (range: readonly [number, number, number]) => boolean): Scalar | null {
  let found = null as Scalar | null;
  visit(doc, {
    Scalar(_key, node) {
      if (node.range && test(node.range)) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstLine(message: string): string {
  const [first = ''] = message.split('\n');
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/** A tab in the indentation throws the parser off for the lines after it: the tabs alone are the mistake. */
function parserProblems(doc: Document): YAMLError[] {
  const all = [...doc.errors, ...doc.warnings];
  const tabs = all.filter((e) => e.code === 'TAB_AS_INDENT');
  return tabs.length ? tabs : all;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/**
 * Whether the line after `line` (1-based) starts deeper than the keys of `line` do, and by how
 * much. The parser notices such a line as a value running on from the line above, and says so in
 * its own terms, on the line above.
 */
function overIndented(text: string, line: number): { readonly by: number; readonly column: number } | null {
  const [here = '', next = ''] = text.split('\n').slice(line - 1, line + 1);
  // In `- id: x` the keys of the mapping start after the dash.
  const keys = indentOf(here.replace(/^(\s*)- /, '$1  '));
  const by = indentOf(next) - keys;
  return next.trim() && !next.trim().startsWith('#') && by > 0 ? { by, column: indentOf(next) + 1 } : null;
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'TAB_AS_INDENT': return 'indent with spaces: YAML does not allow tabs (most editors can turn tabs into spaces)';
    case 'DUPLICATE_KEY': return 'each key may appear once in a mapping';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN': return 'check the indentation and quoting of this line and the one above';
    case 'BLOCK_AS_IMPLICIT_KEY': return 'a key is missing its colon, or a value runs onto the next line';
    case 'MULTILINE_IMPLICIT_KEY': return 'quote text that contains a colon followed by a space';
    default: return undefined;
  }
}

function offsetOf(doc: Document, path: readonly PathKey[], key: boolean): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return best;
      const keyNode = pair.key as Node;
      if (last && key) return keyNode.range?.[0] ?? best;
      best = (pair.value as Node | null)?.range?.[0] ?? keyNode.range?.[0] ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) return best;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

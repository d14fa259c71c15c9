/** A YAML file parsed with positions, so every problem can name its line and column. */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Scalar,
  type YAMLError,
} from 'yaml';
import type { Diagnostic } from './diagnostics.js';
import { MAX_DEPTH, MAX_ITEMS, shapeProblem, tooDeepNode } from './nesting.js';
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

/**
 * Keys are checked once each, by keyProblems: the parser's own check compares every key with every
 * other. A key that is a list or a mapping is a problem (`stringKeys`), not a name made of its text.
 */
const OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, stringKeys: true } as const;

const tooDeep = (at: Position): Diagnostic => ({
  ...at,
  message: `YAML: nested more than ${MAX_DEPTH} levels deep`,
  hint: 'a scenario needs a few levels; check the brackets and indentation here',
});

/** A file refused before it was parsed: no data, and every position at its start. */
function unread(file: string, errors: Diagnostic[], at: (offset: number) => Position): YamlFile {
  return { file, data: undefined, errors, positionOf: () => at(0), lazyPositionOf: () => at(0) };
}

/** Guards against alias expansion bombs: a few aliases are fine, a billion laughs are not. */
const MAX_ALIAS_COUNT = 100;

/** One parser reads every file the same way, with positions, so a value never depends on which parser read it. */
export function parseYaml(file: string, text: string): YamlFile {
  // Lines are counted here rather than by the parser, which a file nested too deeply never reaches.
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
    lineCounter.addNewLine(i + 1);
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };
  const shape = shapeProblem(text);
  if (shape?.kind === 'large') {
    const errors = [
      {
        ...at(shape.offset),
        message: `YAML: the file holds more than ${MAX_ITEMS} values`,
        hint: 'a scenario of the longest talks holds a few thousand; split it, or extend a base file',
      },
    ];
    return unread(file, errors, at);
  }
  if (shape?.kind === 'deep') {
    // The part up to where the estimate crossed is small enough to parse, and names the exact level.
    const exact = shape.exact
      ? null
      : tooDeepNode(parseDocument(text.slice(0, shape.offset + 1), OPTIONS));
    return unread(file, [tooDeep(at(exact ?? shape.offset))], at);
  }
  const doc = parseDocument(text, OPTIONS);
  const deep = tooDeepNode(doc);
  // Past the limit, the parser's own complaints only repeat this one.
  const errors =
    deep !== null
      ? [tooDeep(at(deep))]
      : parserProblems(doc)
          .map((e) => yamlDiagnostic(e, at, doc, text))
          .concat(keyProblems(doc, at))
          .slice(0, MAX_YAML_PROBLEMS);
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      errors.push({
        ...at(0),
        message: `YAML: aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies`,
        hint: `aliases may stand for at most ${MAX_ALIAS_COUNT} copies of what they name`,
      });
    }
  }
  return {
    file,
    data,
    errors,
    positionOf: (path, key = false) => at(offsetOf(doc, path, key)),
    lazyPositionOf: (path) => new LazyPosition(() => at(offsetOf(doc, path, false))),
  };
}

/** Keys that name a JavaScript object's internals: refused wherever they stand, so none can reach an object's prototype. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that name object internals, and keys written twice in one mapping. */
function keyProblems(doc: Document, at: (offset: number) => Position): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const where = at(pair.key.range?.[0] ?? 0);
        if (PROTOTYPE_KEYS.has(name))
          found.push({
            ...where,
            message: `YAML: the key "${name}" is not allowed`,
            hint: 'no scenario field has this name; remove it',
          });
        else if (seen.has(name))
          found.push({
            ...where,
            message: `YAML: key "${name}" appears twice in this mapping`,
            hint: 'each key may appear once in a mapping',
          });
        seen.add(name);
      }
    },
  });
  return found;
}

/** The parser's problem in parley's words, placed where the mistake was made rather than where the parser noticed it. */
function yamlDiagnostic(
  error: YAMLError,
  at: (offset: number) => Position,
  doc: Document,
  text: string,
): Diagnostic {
  const [words, hint] = inOwnWords(error);
  const message = `YAML: ${words}`;
  const plain = { ...at(error.pos[0]), message, ...(hint ? { hint } : {}) };
  const over =
    error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY'
      ? overIndented(text, error.pos[0])
      : null;
  if (over) {
    return {
      ...at(over.offset),
      message: `YAML: this line is indented ${over.by} more than the keys above it`,
      hint: 'keys of one mapping start in the same column; a value that goes on a line of its own is indented under its key',
    };
  }
  if (error.code === 'MISSING_CHAR' && /closing .?quote/.test(error.message)) {
    // Reported where the parser stopped looking for the close; the mistake is the quote that opened it.
    const quoted = scalarWhere(doc, (range) => range[1] === error.pos[0]);
    if (quoted?.range) {
      const opening = at(quoted.range[0]);
      const mark = quoted.type === 'QUOTE_SINGLE' ? "'" : '"';
      // The parser reads an unclosed quote to the end of the file, whatever stands on the way.
      const runsOn = opening.line === plain.line ? '' : ' and runs on to the end of the file';
      return {
        ...opening,
        message,
        hint: `the quote that opens here is never closed${runsOn}: end the value with ${mark}`,
      };
    }
  }
  return plain;
}

function scalarWhere(
  doc: Document,
  test: (range: readonly [number, number, number]) => boolean,
): Scalar | null {
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

/** Enough to fix a file by: past these, the parser's further complaints mostly follow from the first. */
const MAX_YAML_PROBLEMS = 20;

/** A tab in the indentation throws the parser off for the lines after it: the tabs alone are the mistake. */
function parserProblems(doc: Document): YAMLError[] {
  const all = [...doc.errors, ...doc.warnings];
  const tabs = all.filter((e) => e.code === 'TAB_AS_INDENT');
  return tabs.length ? tabs : all;
}

const CHECK_LINES = 'check the indentation and quoting of this line and the one above';

/** What the parser found, and how to fix it, in parley's words: the parser's own speak of its API. */
function inOwnWords(error: YAMLError): [string, string | undefined] {
  const said = error.message;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return [
        'a tab indents this line',
        'indent with spaces: YAML does not allow tabs (most editors can turn tabs into spaces)',
      ];
    case 'MULTIPLE_DOCS':
      return [
        'the file holds more than one document (a line of --- starts another)',
        'a scenario is one document: remove the second ---, or split the file in two',
      ];
    case 'BLOCK_AS_IMPLICIT_KEY':
      return [
        'this line cannot be read as a key and its value',
        'a key is missing its colon, or a value runs onto the next line',
      ];
    case 'MULTILINE_IMPLICIT_KEY':
      return [
        'a key runs over more than one line',
        'quote text that contains a colon followed by a space',
      ];
    case 'BAD_INDENT':
      return ['this line does not line up with the items above it', CHECK_LINES];
    case 'BAD_DQ_ESCAPE':
      return [
        'a backslash in double quotes starts an escape YAML does not know',
        'write \\\\ for a backslash, or use single quotes',
      ];
    case 'BAD_SCALAR_START':
      return ['a value cannot start with this character', 'put the value in quotes'];
    case 'BLOCK_IN_FLOW':
      return [
        'a list or mapping written over lines stands inside [ ] or { }',
        'write it inside the brackets, with commas',
      ];
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return ['a tag (!name) parley does not know', 'scenario files need no tags: remove it'];
    case 'MULTIPLE_TAGS':
      return ['a value has more than one tag (!name)', 'remove all but one'];
    case 'MULTIPLE_ANCHORS':
      return ['a value has more than one anchor (&name)', 'remove all but one'];
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return [
        'an anchor (&name) or alias (*name) is written wrongly',
        'an anchor or alias needs a name, and an alias no anchor or tag of its own',
      ];
    case 'BAD_PROP_ORDER':
      return [
        'an anchor or a tag stands before the - or ? it belongs after',
        'move it after the - or ?',
      ];
    case 'KEY_OVER_1024_CHARS':
      return [
        'a key is longer than 1024 characters',
        'keys are field names: check for a missing line break',
      ];
    case 'NON_STRING_KEY':
      return ['a key is a list or a mapping', 'keys are field names'];
    case 'BAD_DIRECTIVE':
      return ['a line starting with % is a directive parley does not know', 'remove it'];
    case 'MISSING_CHAR':
      if (/closing/.test(said)) return ['a quoted value is never closed', CHECK_LINES];
      if (/Missing ,/.test(said))
        return [
          'a comma is missing between the items in brackets',
          'separate items in [ ] and { } with commas',
        ];
      if (/space after :/.test(said))
        return ['a colon in { } needs a space after it', 'write key: value'];
      if (/Comments/.test(said))
        return ['a # that starts a comment needs a space before it', 'quote text that contains #'];
      if (/Tags and anchors/.test(said))
        return ['an anchor or tag needs a space after it', CHECK_LINES];
      if (/without - indicator/.test(said)) return ['a list item has no -', CHECK_LINES];
      if (/followed by map values/.test(said)) return ['a key has no colon after it', CHECK_LINES];
      return ['a quote, comma, colon or line is missing here', CHECK_LINES];
    default:
      return ['this is not valid YAML here', CHECK_LINES];
  }
}

/**
 * Whether the line after the one holding `offset` starts deeper than that line's keys, by how
 * much, and where. The parser notices such a line as a value running on from the line above, and
 * says so in its own terms, on the line above.
 */
function overIndented(
  text: string,
  offset: number,
): { readonly by: number; readonly offset: number } | null {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  if (end === -1) return null;
  const after = text.indexOf('\n', end + 1);
  const here = text.slice(start, end);
  const next = text.slice(end + 1, after === -1 ? text.length : after);
  // In `- id: x` the keys of the mapping start after the dash.
  const by = indentOf(next) - indentOf(here.replace(/^(\s*)- /, '$1  '));
  return next.trim() && !next.trim().startsWith('#') && by > 0
    ? { by, offset: end + 1 + indentOf(next) }
    : null;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

function offsetOf(doc: Document, path: readonly PathKey[], key: boolean): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step),
      );
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

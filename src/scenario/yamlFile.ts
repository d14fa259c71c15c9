/** A YAML file parsed with positions, so every problem can name its line and column. */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostics.js';
import type { Position } from './types.js';

export type PathKey = string | number;

export interface YamlFile {
  readonly file: string;
  readonly data: unknown;
  readonly errors: readonly Diagnostic[];
  /** Where the value at `path` was written; with `key`, where its key was. Falls back to the nearest parent. */
  positionOf(path: readonly PathKey[], key?: boolean): Position;
}

/** Guards against alias expansion bombs: a few aliases are fine, a billion laughs are not. */
const MAX_ALIAS_COUNT = 100;

export function parseYaml(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };
  const errors = [...doc.errors, ...doc.warnings].map((e): Diagnostic => ({
    ...at(e.pos[0]),
    message: `YAML: ${firstLine(e.message)}`,
    hint: yamlHint(e.code),
  }));
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
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string | undefined {
  switch (code) {
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
  for (let i = 0; i < path.length; i += 1) {
    const step = path[i]!;
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

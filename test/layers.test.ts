/**
 * The code flows one way (docs/ARCHITECTURE.md, "The parts and how to extend them"): each folder
 * of src imports only from the folders below it, and no module imports itself back through others.
 * The graph is read from the sources' import lines, type-only imports included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/** Top first. A folder may import from its own modules and from any folder on a later line. */
const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['ui'],
  ['net'],
  ['report'],
  ['engine'],
  ['scenario'],
  ['model'],
  ['text', 'files'],
];

const SRC = resolve(import.meta.dirname, '../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** Each module (path from src) and the modules of src it imports, static, dynamic and type-only. */
function importGraph(): Map<string, string[]> {
  const files = sources(SRC);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => {
        const base = resolve(dirname(file), name).replace(/\.js$/, '');
        return [`${base}.ts`, `${base}.tsx`].find((f) => known.has(f)) ?? `${base} (missing)`;
      });
    graph.set(
      relative(SRC, file),
      targets.map((t) => relative(SRC, t)),
    );
  }
  return graph;
}

const folderOf = (module: string): string => module.split('/')[0]!;
const rankOf = (folder: string): number => LAYERS.findIndex((layer) => layer.includes(folder));

/** The imports that go up or sideways between folders: `from -> to`. */
function layerBreaks(graph: ReadonlyMap<string, readonly string[]>): string[] {
  return [...graph].flatMap(([from, targets]) =>
    targets
      .filter((to) => {
        const [a, b] = [folderOf(from), folderOf(to)];
        return a !== b && rankOf(b) <= rankOf(a);
      })
      .map((to) => `${from} -> ${to}`),
  );
}

/** Every import cycle, each once, as the modules around it: `a -> b -> a`. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (module: string): void => {
    const at = path.indexOf(module);
    if (at >= 0) {
      cycles.push([...path.slice(at), module].join(' -> '));
      return;
    }
    if (done.has(module)) return;
    path.push(module);
    for (const next of graph.get(module) ?? []) visit(next);
    path.pop();
    done.add(module);
  };
  for (const module of graph.keys()) visit(module);
  return cycles;
}

describe('the layers of src', () => {
  const graph = importGraph();

  test('every folder of src has its place in the layers, and every import names a module that exists', () => {
    const folders = new Set([...graph.keys()].map(folderOf));
    expect([...folders].filter((f) => rankOf(f) < 0)).toEqual([]);
    expect(
      [...graph].flatMap(([from, targets]) =>
        targets.filter((t) => t.endsWith('(missing)')).map((t) => `${from} -> ${t}`),
      ),
    ).toEqual([]);
  });

  test('no module imports from a folder above its own, or beside it', () => {
    expect(layerBreaks(graph)).toEqual([]);
  });

  test('no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  test('the checks see a bad import: the reports reaching into the player, two modules importing each other', () => {
    const upward = new Map(graph).set('report/text.ts', [
      ...graph.get('report/text.ts')!,
      'ui/theme.ts',
    ]);
    expect(layerBreaks(upward)).toEqual(['report/text.ts -> ui/theme.ts']);
    const looped = new Map(graph)
      .set('model/dates.ts', [...graph.get('model/dates.ts')!, 'model/domain.ts'])
      .set('model/domain.ts', [...graph.get('model/domain.ts')!, 'model/dates.ts']);
    expect(importCycles(looped)).toHaveLength(1);
    expect(importCycles(looped)[0]).toMatch(
      /^model\/(dates|domain)\.ts -> model\/(dates|domain)\.ts -> model\/(dates|domain)\.ts$/,
    );
  });
});

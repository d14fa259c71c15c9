/** The fast reading of scenario files must read every file exactly as the full parser does. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { quickParse } from '../src/scenario/quickYaml.js';
import { parseYaml } from '../src/scenario/yamlFile.js';

const yamlIn = (folder: string): string[] =>
  readdirSync(join(PACKAGE_ROOT, folder)).filter((f) => f.endsWith('.yaml')).map((f) => join(PACKAGE_ROOT, folder, f));

const FILES = ['scenarios', 'scenarios/what-if', 'seeds', 'test/fixtures/whatif', 'test/fixtures/policies', 'test/fixtures/broken', 'test/fixtures/hostile']
  .flatMap(yamlIn);

describe('quickParse', () => {
  test.each(FILES.map((f) => [relative(PACKAGE_ROOT, f), f]))('%s: the same data as the full parser, or none', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const quick = quickParse(text);
    if (quick !== undefined) expect(quick).toEqual(parse(text, { uniqueKeys: true, strict: true }));
  });

  test('reads the shipped scenarios, and leaves anchors, tags and prototype keys to the full parser', () => {
    expect(quickParse(readFileSync(join(PACKAGE_ROOT, 'scenarios/geneva-2016.yaml'), 'utf8'))).toBeDefined();
    expect(quickParse('a: &x 1\nb: *x\n')).toBeUndefined();
    expect(quickParse('a: !!str 1\n')).toBeUndefined();
    expect(quickParse('__proto__: { polluted: true }\n')).toBeUndefined();
    expect(quickParse('a: 1\na: 2\n')).toBeUndefined();
  });

  test('a file read the fast way still points its positions at the right line', () => {
    const text = 'id: x\nevents:\n  - id: one\n    date: 2016-01-01\n';
    const file = parseYaml('x.yaml', text);
    expect(file.errors).toEqual([]);
    expect(file.positionOf(['events', 0, 'date'])).toEqual({ file: 'x.yaml', line: 4, col: 11 });
    expect(file.lazyPositionOf(['events', 0])).toEqual({ file: 'x.yaml', line: 3, col: 5 });
  });
});

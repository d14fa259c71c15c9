/** Every quote is a real quote: catalog excerpts appear word for word in the seed articles. */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCatalog, quotedIn } from '../src/scenario/catalog.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { ASTANA, GENEVA, mustLoad } from './helpers/scenarios.js';

/**
 * The five seed articles are not part of the clone (they are the publishers' text): they sit in
 * `shared/seeds` beside it, or wherever PARLEY_SEED_ARTICLES points. CI always has them, and there
 * a missing article fails the check. A user's clone elsewhere may not: there the check is skipped
 * under a name that says so, and a warning says where it looked, so it never passes unseen.
 */
const SEED_ARTICLES = process.env.PARLEY_SEED_ARTICLES ?? join(PACKAGE_ROOT, '../shared/seeds');
const articlesRequired = Boolean(process.env.CI) || process.env.PARLEY_SEED_ARTICLES !== undefined;
const articlesHere = existsSync(SEED_ARTICLES);
if (!articlesHere && !articlesRequired) {
  console.warn(
    `seed articles not found at ${SEED_ARTICLES}: the verbatim check of their excerpts is skipped`,
  );
}
const catalog = loadCatalog();
const seedSources = [...catalog.sources.values()].filter((s) => s.seed);

/** The catalog of a folder holding `files` (name -> text), read, then the folder removed. */
function catalogOf(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-catalog-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const catalog = loadCatalog(dir);
  rmSync(dir, { recursive: true });
  return { dir, ...catalog };
}

describe('the source catalog', () => {
  test('loads without problems and lists the five seed articles', () => {
    expect(catalog.diagnostics).toEqual([]);
    expect(seedSources.map((s) => s.seed).sort()).toEqual([
      '000_e1565187c272ef6e.txt',
      '001_e3285031568a31d4.txt',
      '002_f6e6748fcce0c23d.txt',
      '003_799b76e4193ff809.txt',
      '004_647c48b8a28da0ad.txt',
    ]);
  });

  test.skipIf(!articlesHere && !articlesRequired).each(seedSources.map((s) => [s.id, s] as const))(
    `every excerpt of %s is in its seed article word for word${articlesHere ? '' : ' (no seed articles beside the clone)'}`,
    (_id, source) => {
      const path = join(SEED_ARTICLES, source.seed!);
      expect(
        existsSync(path),
        `seed article ${path} not found: put the seed articles in ../shared/seeds beside the clone, or set PARLEY_SEED_ARTICLES to their folder`,
      ).toBe(true);
      const article = readFileSync(path, 'utf8');
      const missing = source.excerpts.filter((excerpt) => !quotedIn(excerpt, article));
      expect(missing).toEqual([]);
    },
  );

  test('every source has its headline: none stands in for one', () => {
    const missing = [...catalog.sources.values()]
      .filter((s) => /not captured|from the address/i.test(s.headline))
      .map((s) => s.id);
    expect(missing).toEqual([]);
  });

  test('sources outside the seeds say where they were published', () => {
    for (const source of catalog.sources.values()) {
      if (source.seed) continue;
      expect(source.url ?? source.document, source.id).toBeTruthy();
    }
  });

  test("a broken catalog file is named with its line and column, and a second source of the same id with the first one's file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-catalog-'));
    const seed = join(PACKAGE_ROOT, 'seeds/afp-2016-02-03.yaml');
    copyFileSync(seed, join(dir, 'a.yaml'));
    copyFileSync(seed, join(dir, 'b.yaml'));
    writeFileSync(join(dir, 'c.yaml'), 'id: no-outlet\nheadline: 3\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a source');
    const { sources, diagnostics } = loadCatalog(dir);
    expect([...sources.keys()]).toEqual(['afp-2016-02-03']);
    expect(sources.get('afp-2016-02-03')!.file).toMatch(/a\.yaml$/);
    const duplicate = diagnostics.find((d) => d.file.endsWith('b.yaml'))!;
    expect(duplicate).toMatchObject({
      line: 1,
      col: 5,
      message: 'duplicate source id "afp-2016-02-03"',
      hint: expect.stringMatching(/^also in .*a\.yaml$/),
    });
    expect(diagnostics.filter((d) => d.file.endsWith('c.yaml')).length).toBeGreaterThan(0);
    expect(diagnostics).toHaveLength(
      1 + diagnostics.filter((d) => d.file.endsWith('c.yaml')).length,
    );
  });

  test('a catalog file that is not YAML gets the YAML problem alone; files are named from where parley runs', () => {
    const { dir, sources, diagnostics } = catalogOf({ 'broken.yaml': 'id: [afp\n' });
    expect(sources.size).toBe(0);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.message).toMatch(/^YAML: /);
    expect(diagnostics[0]?.file).toBe(relative(process.cwd(), join(dir, 'broken.yaml')));
    expect(catalog.sources.get('afp-2016-02-03')?.file).toBe(join('seeds', 'afp-2016-02-03.yaml'));
  });

  test('a source missing fields is told each one it lacks, and a field of the wrong kind what it found', () => {
    const { diagnostics } = catalogOf({ 'c.yaml': 'id: no-outlet\nheadline: 3\n' });
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      '1:1 missing required field "outlet"',
      '2:11 headline: expected string, found number 3',
      '1:1 missing required field "date"',
      '1:1 missing required field "excerpts"',
    ]);
  });

  test('quote matching ignores white space and curly quotes, nothing else', () => {
    expect(
      quotedIn('“We don’t deal with terrorists”', 'He said: "We don\'t  deal\nwith terrorists".'),
    ).toBe(true);
    expect(quotedIn('We do deal with terrorists', '"We don\'t deal with terrorists"')).toBe(false);
    // Curly double quotes stand for straight ones; white space at a quote's ends is no part of it.
    expect(quotedIn('He said: “No”', 'He said: "No", twice.')).toBe(true);
    expect(quotedIn('\n  We said so ', 'We said so.')).toBe(true);
    // Space is one space, never none.
    expect(quotedIn('deal with', 'dealwith')).toBe(false);
  });
});

describe('the recorded scenarios', () => {
  test.each([GENEVA, ASTANA])('%s cites a catalog source for every event', (file) => {
    const scenario = mustLoad(file);
    for (const event of scenario.events) {
      const source = catalog.sources.get(event.source!.doc);
      expect(source, event.id).toBeDefined();
      expect(
        source!.excerpts.some((e) => quotedIn(event.source!.quote, e)),
        event.id,
      ).toBe(true);
    }
  });

  test.each([GENEVA, ASTANA])('%s dates no event after the source that reports it', (file) => {
    const late = mustLoad(file)
      .events.filter((e) => e.date > catalog.sources.get(e.source!.doc)!.date)
      .map((e) => `${e.id} on ${e.date}, reported by ${e.source!.doc}`);
    expect(late).toEqual([]);
  });

  test('the Geneva record covers every seed article about Geneva', () => {
    const cited = new Set(mustLoad(GENEVA).events.map((e) => e.source!.doc));
    for (const id of [
      'voa-2016-02-02',
      'eaworldview-2016-02-03',
      'buy-time-to-kill-2016-02-01',
      'reuters-2016-02-04',
    ]) {
      expect(cited.has(id), id).toBe(true);
    }
  });
});

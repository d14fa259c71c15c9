/**
 * Reading is bounded for any path (devices, pipes, standard input), memory is bounded for any file
 * under the size limit, and no file drives recursion past a documented limit: each case a clean
 * exit 1 with a positioned message, never a hang, a crash or a stack trace.
 */
import { execFileSync, spawn } from 'node:child_process';
import { openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/engine/load.js';
import { MAX_ITEMS } from '../../src/scenario/nesting.js';
import { MAX_FILE_BYTES } from '../../src/scenario/readSource.js';
import { MAX_EXTENDS } from '../../src/scenario/resolve.js';
import { CLI, ensureBuilt, STACK_LINE, type Result } from '../helpers/cli.js';
import { scratchDir } from './helpers.js';
import { scratchFiles } from '../helpers/scratch.js';

const { dir, file } = scratchFiles('reading');

/** The built command, with node options, standard input and a time limit of its own. */
function run(
  args: readonly string[],
  { node = [] as string[], stdin = 'ignore' as 'ignore' | number | string, ms = 60_000 } = {},
): Promise<Result & { readonly killed: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...node, CLI, ...args], {
      stdio: [typeof stdin === 'string' && stdin !== 'ignore' ? 'pipe' : stdin, 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    if (typeof stdin === 'string' && stdin !== 'ignore') child.stdin!.end(stdin);
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done({ status, stdout, stderr, killed: signal !== null });
    });
  });
}

const VALID =
  'id: piped\ntitle: From a pipe\nstart: 2016-01-25\nactors:\n  - { id: un, name: UN envoy, role: envoy }\nevents: []\n';

describe.concurrent('reading any path, bounded', { timeout: 60_000 }, () => {
  beforeAll(ensureBuilt);

  test('a device: refused at once, not read for ever', async () => {
    const { status, stderr, killed } = await run(['validate', '/dev/zero'], { ms: 20_000 });
    expect(killed).toBe(false);
    expect(status).toBe(1);
    expect(stderr).toContain('/dev/zero:1:1: is a device, not a scenario file');
  });

  test('a file that extends a device: the device is named, the chain stops there', async () => {
    const { status, stderr } = await run(
      ['validate', file('extends-device.yaml', 'id: x\ntitle: X\nextends: /dev/urandom\n')],
      { ms: 20_000 },
    );
    expect(status).toBe(1);
    expect(stderr).toContain('/dev/urandom:1:1: is a device, not a scenario file');
  });

  test('a named pipe nothing writes to: said so, not waited on for ever', async () => {
    const fifo = join(dir, 'nobody-writes.yaml');
    execFileSync('mkfifo', [fifo]);
    const { status, stderr, killed } = await run(['validate', fifo], { ms: 20_000 });
    expect(killed).toBe(false);
    expect(status).toBe(1);
    expect(stderr).toContain('nobody-writes.yaml:1:1: is a pipe that nothing is writing to');
  });

  test('a pipe that never ends: read up to the limit, then refused', async () => {
    const fifo = join(dir, 'endless.yaml');
    execFileSync('mkfifo', [fifo]);
    // The writer waits for a reader; `yes` writes until the pipe closes.
    const writer = spawn('sh', ['-c', `exec yes 'a: 1' > '${fifo}'`], { stdio: 'ignore' });
    const { status, stderr, killed } = await run(['validate', fifo], { ms: 40_000 });
    writer.kill();
    expect(killed).toBe(false);
    expect(status).toBe(1);
    expect(stderr).toContain(`is larger than the limit of ${MAX_FILE_BYTES} bytes`);
  });

  test('standard input that never ends (/dev/zero): read up to the limit, then refused', async () => {
    const { status, stderr, killed } = await run(['validate', '-'], {
      stdin: openSync('/dev/zero', 'r'),
      ms: 40_000,
    });
    expect(killed).toBe(false);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `<stdin>:1:1: the file is larger than the limit of ${MAX_FILE_BYTES} bytes`,
    );
  });

  test('`-` reads the scenario from standard input, for validate and replay', async () => {
    const checked = await run(['validate', '-'], { stdin: VALID });
    expect(checked.status).toBe(0);
    expect(checked.stdout).toBe('<stdin>: ok (0 events)\n');
    const replayed = await run(['replay', '-'], { stdin: VALID });
    expect(replayed.status).toBe(0);
    expect(replayed.stdout).toContain('From a pipe');
  });

  test('`-` with a mistake: the message names standard input and the line', async () => {
    const { status, stderr } = await run(['validate', '-'], {
      stdin: VALID.replace('start: 2016-01-25', 'start: 2016-13-45'),
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^<stdin>:3:8: /m);
  });
});

/** Files just under the size limit, each built to make a parser's structures grow. */
const HOSTILE_SHAPES: readonly [string, () => string][] = [
  ['5 MB of nested "- - - ..."', () => `${'- '.repeat(MAX_FILE_BYTES / 2 - 8)}a\n`],
  [
    'nesting by indentation, a level a line',
    () => Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:\n`).join(''),
  ],
  ['a million values in one flow list', () => `[${'1,'.repeat(MAX_FILE_BYTES / 2 - 8)}1]\n`],
  [
    'a million aliases of one anchor',
    () => `a: &x 1\nb: [${'*x, '.repeat(MAX_FILE_BYTES / 4 - 8)}*x]\n`,
  ],
  ['a million copies of one key', () => 'a: 1\n'.repeat(MAX_FILE_BYTES / 5 - 2)],
  ['a million comments', () => '#\n'.repeat(MAX_FILE_BYTES / 2 - 8)],
  ['a million documents', () => '---\n'.repeat(MAX_FILE_BYTES / 4 - 8)],
  ['a key of 5 MB', () => `"${'k'.repeat(MAX_FILE_BYTES - 16)}": 1\n`],
  ['a million tags', () => '- !t 1\n'.repeat(MAX_FILE_BYTES / 7 - 8)],
  [
    'a hundred thousand anchors',
    () => Array.from({ length: 100_000 }, (_, i) => `a${i}: &x${i} 1\n`).join(''),
  ],
];

describe.concurrent(`files under the size limit, read in 256 MB of memory (limits: ${MAX_ITEMS} values)`, () => {
  beforeAll(ensureBuilt);

  test.each(HOSTILE_SHAPES)(
    '%s: exit 1 with a positioned message',
    async (name, make) => {
      const path = file(`${name.replace(/\W+/g, '-')}.yaml`, make());
      const { status, stderr, killed } = await run(['validate', path], {
        node: ['--max-old-space-size=256'],
        ms: 90_000,
      });
      expect(killed).toBe(false);
      expect(stderr).not.toMatch(STACK_LINE);
      expect(stderr).toMatch(/\.yaml:\d+:\d+: /);
      expect(status).toBe(1);
    },
    100_000,
  );
});

describe('recursion a file can drive', () => {
  beforeAll(ensureBuilt);

  test(`an extends chain 6,000 files deep: stopped at ${MAX_EXTENDS}, with the place, no stack overflow`, async () => {
    const chain = scratchDir('chain');
    for (let i = 0; i < 6000; i += 1)
      writeFileSync(join(chain, `c${i}.yaml`), `id: c${i}\ntitle: Link ${i}\nextends: c${i + 1}\n`);
    const { status, stderr } = await run(['validate', join(chain, 'c0.yaml')]);
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/RangeError|STACK_LINE/);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).toMatch(
      new RegExp(
        `c${MAX_EXTENDS - 1}\\.yaml:3:10: extends: the chain is more than ${MAX_EXTENDS} files long`,
      ),
    );
  }, 60_000);
});

describe('one parser reads every file the same way', () => {
  const messages = (name: string, text: string): string[] =>
    loadScenario(file(name, text)).diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`);

  test('a value reads the same whether or not the file has an anchor elsewhere (0b101 is no number in YAML 1.2)', () => {
    const plain = `${VALID}seed: 0b101
`;
    const anchored = `${VALID.replace('title: From a pipe', 'title: &t From a pipe')}seed: 0b101
`;
    expect(messages('plain.yaml', plain)).toEqual(messages('anchored.yaml', anchored));
    expect(messages('plain.yaml', plain)).toEqual([
      expect.stringMatching(/^7:7: seed: must be a whole number/),
    ]);
  });
});

describe("messages in parley's own words, never a library's", () => {
  const messages = (name: string, text: string): string =>
    loadScenario(file(name, text))
      .diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)
      .join('\n');

  test.each([
    [
      'an empty title',
      VALID.replace('title: From a pipe', 'title: ""'),
      '2:8: title: must not be empty',
      /Too small|>=/,
    ],
    ['a seed of .nan', `${VALID}seed: .nan\n`, 'seed: must be a whole number', /not null/],
    [
      'two documents in one file',
      `${VALID}---\nid: second\n`,
      'YAML: the file holds more than one document',
      /parseAllDocuments|please use/,
    ],
    [
      'an unknown tag',
      `${VALID}seed: !wat 1\n`,
      'YAML: a tag (!name) parley does not know',
      /Unresolved tag/,
    ],
  ])('%s', (_what, text, ours, theirs) => {
    const said = messages('words.yaml', text);
    expect(said).toContain(ours);
    expect(said).not.toMatch(theirs);
  });

  test('.nan is named as it was written', () => {
    expect(messages('nan.yaml', `${VALID}seed: .nan\n`)).toContain('not .nan');
  });
});

/** `parley new`: the files it writes validate as written, and with their examples uncommented. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { ROLE_NAMES } from '../src/model/domain.js';
import { replay } from '../src/engine/run.js';
import { loadScenario } from '../src/engine/load.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { CLI } from './helpers/cli.js';
import { problems, uncommented } from './helpers/scenarios.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-new-'));
});

const parley = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });

describe('parley new', () => {
  test('writes a commented skeleton that validates, its example policy too; .yaml is added', () => {
    const result = parley('new', 'my-talks');
    expect(result.status).toBe(0);
    const file = join(dir, 'my-talks.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*scenario\.schema\.json$/,
    );
    expect(text).toContain('# policies:');
    expect(problems(file)).toEqual([]);
    expect(loadScenario(file).scenario!.id).toBe('my-talks');
    const withPolicy = uncommented(file);
    expect(problems(withPolicy)).toEqual([]);
    expect(loadScenario(withPolicy).scenario!.policies).toHaveLength(1);
  });

  test('the skeleton\'s one event is counted as one: "ok (1 event)", "1 step"', () => {
    parley('new', 'solo');
    expect(parley('validate', 'solo.yaml').stdout).toBe('solo.yaml: ok (1 event)\n');
    expect(parley('replay', 'solo.yaml').stdout.split('\n')[1]).toBe(
      'scenario solo, seed 1, 1 step',
    );
  });

  test.each(['geneva-2016', 'astana-2017', join(PACKAGE_ROOT, 'test/fixtures/whatif/chain.yaml')])(
    'with --from %s, writes a what-if that extends it and whose example patches name its events',
    (from) => {
      expect(parley('new', 'fork.yaml', '--from', from).status).toBe(0);
      const file = join(dir, 'fork.yaml');
      expect(problems(file)).toEqual([]);
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/^extends: /m);
      expect(text).toMatch(/^# remove: \[/m);
      const patched = loadScenario(uncommented(file));
      expect(patched.diagnostics).toEqual([]);
      const base = loadScenario(file).scenario!;
      expect(patched.scenario!.events.map((e) => e.id)).not.toEqual(base.events.map((e) => e.id));
    },
  );

  test('the example insert is a move the state after its anchor accepts, with a payload the player would offer', () => {
    expect(parley('new', 'example.yaml', '--from', 'geneva-2016').status).toBe(0);
    const text = readFileSync(join(dir, 'example.yaml'), 'utf8');
    expect(text).toMatch(
      /^# {7}- \{ id: example-move, date: [\d-]+, actor: [a-z-]+, type: [A-Z_]+, payload: \{ .+ \}, note: a move that did not happen \}$/m,
    );
    const patched = loadScenario(uncommented(join(dir, 'example.yaml'))).scenario!;
    const step = replay({ ...patched, policies: [] }).entries.find(
      (e) => e.step.id === 'example-move',
    )!.step;
    expect(step.accepted).toBe(true);
  });

  test('the skeleton names every role an actor may have', () => {
    parley('new', 'roles');
    expect(readFileSync(join(dir, 'roles.yaml'), 'utf8')).toContain(
      `actors:                   # roles: ${ROLE_NAMES.join(', ')}\n`,
    );
    expect(ROLE_NAMES).toContain('forces');
  });

  test('a what-if of a what-if keeps its base\'s title instead of asking "What if? What if: ..."', () => {
    expect(
      parley(
        'new',
        'again',
        '--from',
        join(PACKAGE_ROOT, 'scenarios/what-if/no-aleppo-offensive.yaml'),
      ).status,
    ).toBe(0);
    expect(readFileSync(join(dir, 'again.yaml'), 'utf8')).toContain(
      '\ntitle: "What if: no offensive north of Aleppo"\n',
    );
    parley('new', 'first', '--from', 'geneva-2016');
    expect(readFileSync(join(dir, 'first.yaml'), 'utf8')).toContain(
      '\ntitle: "What if? Geneva 2016: the intra-Syrian talks, 25 January to 24 March"\n',
    );
  });

  test.each(['', '.', '.yaml', '.hidden', 'forks/'])(
    'refuses the name %j, which would write a hidden file: exit 2, nothing written',
    (name) => {
      const result = parley('new', name);
      expect(result.status).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(
        `parley: new needs a file NAME that is not empty and does not start with a dot, not "${name}"`,
      );
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  test.each(['geneva-2016', 'astana-2017.yaml'])(
    "refuses %j, a shipped scenario's id, which `extends` would find first: exit 2, nothing written",
    (name) => {
      const result = parley('new', name);
      expect(result.status).toBe(2);
      expect(result.stderr.split('\n')[0]).toContain(
        `is the id of a shipped scenario; a file of that name would stand in for it in \`extends\``,
      );
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  test('never overwrites: an existing file is left as it was, exit 1', () => {
    writeFileSync(join(dir, 'taken.yaml'), 'mine\n');
    const result = parley('new', 'taken');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('taken.yaml already exists');
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toBe('mine\n');
  });

  test('an unknown base is a message with the shipped ids, exit 1; a missing NAME is a usage error', () => {
    const result = parley('new', 'x', '--from', 'geneva-2061');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot find scenario "geneva-2061"');
    expect(result.stderr).toContain('geneva-2016');
    expect(parley('new').status).toBe(2);
  });
});

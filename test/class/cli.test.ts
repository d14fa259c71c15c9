/** `parley class` without a terminal: decisions from standard input, a log, the game saved. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import { ensureBuilt, parley, parleyWithInput } from '../helpers/cli.js';
import { SMALL } from '../helpers/game.js';

// Inside the project, which parley runs in: the saved game may extend the fixture from there.
let folder = '';
beforeAll(() => {
  ensureBuilt();
  folder = relative(PACKAGE_ROOT, mkdtempSync(join(PACKAGE_ROOT, 'test/.tmp-class-cli-')));
});
afterAll(() => rmSync(join(PACKAGE_ROOT, folder), { recursive: true, force: true }));

const small = relative(PACKAGE_ROOT, SMALL);
/** A whole game of the small scenario, with a line out of turn, one of no team and a refused move. */
const FIRST = ['opposition 1', 'government DELEGATION_ARRIVED', 'hnc 1', 'opposition wait'];
const REST = ['opposition WALKOUT_THREATENED', 'opposition delegation_arrived', 'government wait'];

describe('parley class, headless', () => {
  it('plays a game from standard input, answering bad lines, and saves it to replay', async () => {
    const save = join(folder, 'whole.yaml');
    const game = await parleyWithInput(
      [...FIRST, 'nonsense', ...REST].join('\n'),
      'class',
      small,
      '--teams',
      'opposition,government',
      '--save',
      save,
    );
    expect(game.stderr).toBe('');
    expect(game.status).toBe(0);
    const lines = game.stdout.split('\n');
    expect(lines).toContain("government's turn (The government), 2016-02-01");
    expect(lines).toContain("refused: it is government's turn, not opposition's");
    expect(lines).toContain('refused: no team "hnc": the teams are opposition, government');
    expect(lines).toContain('refused: "nonsense": write TEAM N, TEAM wait or TEAM EVENT_TYPE');
    expect(
      lines.find((l) => l.startsWith('refused: WALKOUT_THREATENED is refused now')),
    ).toBeDefined();
    expect(lines).toContain('2016-02-01 The government DELEGATION_ARRIVED [team government]');
    expect(lines).toContain('2016-02-03 Government forces OFFENSIVE_LAUNCHED [what-if]');
    expect(lines).toContain('2016-02-04 The opposition DELEGATION_ARRIVED [team opposition]');
    expect(lines).toContain('The game is over: the record holds no more moves for the teams.');
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    const text = readFileSync(join(PACKAGE_ROOT, save), 'utf8');
    expect(text).toContain('team: opposition');
    const replayed = await parley('replay', save, '--format', 'json');
    const steps = JSON.parse(replayed.stdout).steps.map((s: { id: string }) => s.id);
    expect(steps).toEqual([
      'instead-of-gov-arrives',
      'offensive',
      'instead-of-hnc-threatens',
      'envoy-meets-gov',
    ]);
  });

  it('resumes a saved game where it stopped, to the same file', async () => {
    const whole = join(folder, 'once.yaml');
    const split = join(folder, 'twice.yaml');
    const teams = ['--teams', 'opposition,government'];
    await parleyWithInput(
      [...FIRST, ...REST].join('\n'),
      'class',
      small,
      ...teams,
      '--save',
      whole,
    );
    const first = await parleyWithInput(
      FIRST.join('\n'),
      'class',
      small,
      ...teams,
      '--save',
      split,
    );
    expect(first.status).toBe(0);
    const again = await parleyWithInput('', 'class', small, ...teams, '--save', split);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${split} exists: resume it with --resume ${split}`);
    const resumed = await parleyWithInput(REST.join('\n'), 'class', '--resume', split);
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain("opposition's turn (The opposition), 2016-02-04");
    expect(readFileSync(join(PACKAGE_ROOT, split), 'utf8')).toBe(
      readFileSync(join(PACKAGE_ROOT, whole), 'utf8'),
    );
    // Four runs of the command, one after another: on a loaded machine that takes its time.
  }, 120_000);

  it('refuses teams the scenario has not, naming what it has', async () => {
    const result = await parley('class', small, '--teams', 'rebels');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no actor or role "rebels" in class-small (roles: envoy');
  });

  it('plays the two delegations when no teams are named', async () => {
    const result = await parleyWithInput(
      '',
      'class',
      small,
      '--save',
      join(folder, 'default.yaml'),
    );
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[1]).toMatch(/^teams: opposition \(hnc\), government \(gov\);/);
  });
});

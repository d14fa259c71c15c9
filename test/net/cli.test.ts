/**
 * `parley host` and `parley join` as a class would run them, without terminals: the host prints
 * the join lines and a log; two scripted teams play the small game to its end; a wrong code and
 * a bad address exit 1 with one line; the saved game replays. Loopback only, each process bounded.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import { CLI, ensureBuilt, parley, parleyWithInput } from '../helpers/cli.js';
import { SMALL } from '../helpers/game.js';

let folder = '';
beforeAll(() => {
  ensureBuilt();
  folder = relative(PACKAGE_ROOT, mkdtempSync(join(PACKAGE_ROOT, 'test/.tmp-class-host-')));
});
afterAll(() => rmSync(join(PACKAGE_ROOT, folder), { recursive: true, force: true }));

/** A host process on 127.0.0.1, its join lines once printed, and its whole output at its exit. */
function startHost(save: string, resume = false) {
  const start = resume
    ? ['--resume', save]
    : [relative(PACKAGE_ROOT, SMALL), '--teams', 'opposition,government', '--save', save];
  const child = spawn(
    process.execPath,
    [CLI, 'host', ...start, '--port', '0', '--bind', '127.0.0.1'],
    { cwd: PACKAGE_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  const kill = setTimeout(() => child.kill(), 60_000);
  const joins = new Promise<Record<string, string[]>>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const lines = [...stdout.matchAll(/parley join (\S+) --code (\S+) --as (\S+)/g)];
      if (lines.length === 2) resolve(Object.fromEntries(lines.map((m) => [m[3], [m[1], m[2]]])));
    });
    child.on('exit', () => reject(new Error(`the host exited early: ${stderr}`)));
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (status) => {
      clearTimeout(kill);
      resolve({ status, stdout, stderr });
    }),
  );
  return { joins, exited, child };
}

describe('parley host and parley join, headless', () => {
  it('plays a whole game of two scripted teams and saves it to replay', async () => {
    const save = join(folder, 'game.yaml');
    const host = startHost(save);
    const seats = await host.joins;
    const [address = '', govCode = ''] = seats.government ?? [];
    const [, oppCode = ''] = seats.opposition ?? [];
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
    const [government, opposition] = await Promise.all([
      parleyWithInput(
        'DELEGATION_ARRIVED\nwait\n',
        'join',
        address,
        '--code',
        govCode,
        '--as',
        'government',
      ),
      parleyWithInput(
        'wait\nWALKOUT_THREATENED\nDELEGATION_ARRIVED\n',
        'join',
        address,
        '--code',
        oppCode,
        '--as',
        'opposition',
      ),
    ]);
    expect(government.stderr).toBe('');
    expect(government.status).toBe(0);
    expect(opposition.status).toBe(0);
    const opp = opposition.stdout.split('\n');
    expect(opp[0]).toBe('You are team opposition: The opposition.');
    expect(opp).toContain('2016-02-01 The government DELEGATION_ARRIVED [team government]');
    expect(
      opp.find((l) => l.startsWith('refused: WALKOUT_THREATENED is refused now')),
    ).toBeDefined();
    expect(opp).toContain('The game is over: the record holds no more moves for the teams.');
    const done = await host.exited;
    expect(done.status).toBe(0);
    const log = done.stdout.split('\n');
    expect(log).toContain('- team government joined from 127.0.0.1');
    expect(log).toContain('- team opposition waits: its recorded move passes');
    expect(log).toContain('2016-02-04 The opposition DELEGATION_ARRIVED [team opposition]');
    expect(log.every((l) => l.length <= 80)).toBe(true);
    const replayed = await parley('replay', save, '--format', 'json');
    expect(JSON.parse(replayed.stdout).steps.map((s: { id: string }) => s.id)).toEqual([
      'instead-of-gov-arrives',
      'offensive',
      'instead-of-hnc-threatens',
      'envoy-meets-gov',
    ]);
  });

  it('refuses a wrong code and an address that is none, each in one line with exit 1 or 2', async () => {
    const host = startHost(join(folder, 'codes.yaml'));
    const [address = ''] = (await host.joins).government ?? [];
    const wrong = await parleyWithInput(
      '1\n',
      'join',
      address,
      '--code',
      'NOPE42',
      '--as',
      'government',
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe(
      "parley join: wrong code or team: ask the facilitator for your team's code\n",
    );
    const bad = await parley('join', 'nowhere', '--code', 'X', '--as', 'government');
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe(
      'parley: "nowhere" is no address: write HOST:PORT as the host printed it, e.g. 192.168.1.20:7416',
    );
    host.child.kill('SIGINT');
    const stopped = await host.exited;
    expect(stopped.stdout).toContain('- stopped; the game is saved');
    expect(stopped.status).toBe(0);
  });

  it('goes on after the host stopped: --resume prints new codes and the game where it was', async () => {
    const save = join(folder, 'resume.yaml');
    const first = startHost(save);
    const [address = '', code = ''] = (await first.joins).government ?? [];
    const moved = await parleyWithInput(
      'DELEGATION_ARRIVED\n',
      'join',
      address,
      '--code',
      code,
      '--as',
      'government',
    );
    expect(moved.status).toBe(0);
    first.child.kill('SIGINT');
    expect((await first.exited).status).toBe(0);

    const again = startHost(save, true);
    const seats = await again.joins;
    const [address2 = '', oppCode = ''] = seats.opposition ?? [];
    const opposition = await parleyWithInput(
      'wait\n',
      'join',
      address2,
      '--code',
      oppCode,
      '--as',
      'opposition',
    );
    const lines = opposition.stdout.split('\n');
    expect(lines).toContain('2016-02-01 The government DELEGATION_ARRIVED [team government]');
    expect(lines).toContain('your turn, 2016-02-02: a number, wait, or an event type');
    again.child.kill('SIGINT');
    const log = (await again.exited).stdout;
    expect(log).toContain('2016-02-01 The government DELEGATION_ARRIVED [team government]');
    expect(log).toContain('- team opposition waits: its recorded move passes');
  });
});

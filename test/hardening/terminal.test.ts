/**
 * The terminal around parley: a closed pipe, signals while the player has the terminal in raw
 * mode, a window too small, and flags nobody defined.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CLI, ensureBuilt, parley, STACK_LINE } from '../helpers/cli.js';
import { GENEVA } from '../helpers/scenarios.js';
import { closePanes, keys, openPane, TMUX, tmux, waitForPane } from '../helpers/tmux.js';
import { scratchDir } from './helpers.js';

beforeAll(ensureBuilt);

/** A transcript far larger than a pipe's buffer, so parley is still writing when `head` closes the pipe. */
function longScenario(): string {
  const path = join(scratchDir('pipe'), 'long.yaml');
  const events = Array.from(
    { length: 5000 },
    (_, i) => `  - { id: e${i}, date: 2016-01-25, actor: envoy, type: STATEMENT_ISSUED }`,
  );
  writeFileSync(
    path,
    [
      'id: long',
      'title: Long',
      'kind: what-if',
      'start: 2016-01-25',
      'actors:',
      '  - { id: envoy, name: Envoy, role: envoy }',
      'events:',
      ...events,
    ].join('\n'),
  );
  return path;
}

describe('a closed pipe', () => {
  test.each([
    ['replay', longScenario()],
    ['replay', GENEVA],
    ['replay', GENEVA, '--format', 'markdown'],
    ['events'],
    ['schema'],
  ])('parley %s ... | head -n 3 prints three lines and exits quietly', (...args) => {
    const { status, stdout, stderr } = spawnSync(
      'bash',
      [
        '-o',
        'pipefail',
        '-c',
        `"${process.execPath}" "${CLI}" ${args.map((a) => `"${a}"`).join(' ')} | head -n 3`,
      ],
      { encoding: 'utf8' },
    );
    expect(stdout.split('\n')).toHaveLength(4);
    expect(stderr).toBe('');
    // pipefail: the status is parley's own, 0, not a crash's.
    expect(status).toBe(0);
  });
});

describe.concurrent('flags nobody defined', () => {
  test.each([
    ['play', GENEVA, '--fast'],
    ['simulate', GENEVA, '--runs', '10', '--turbo'],
    ['compare', GENEVA, GENEVA, '--diff'],
    ['diagram', '--colour'],
    ['events', '--all'],
    ['schema', '--pretty'],
    ['paths', '--to', 'process.concluded', '--deep'],
    ['new', 'x', '--force'],
  ])("parley %s ...: exit 2, the flag named, then the command's usage", async (...args) => {
    const { status, stdout, stderr } = await parley(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^parley: unknown option --\w+\n\nUsage:\n {2}parley (\[play\]|\w+) /);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(STACK_LINE);
  });
});

/** The player in a fresh pane; after it exits the pane prints its status and the terminal's modes. */
const startPlayer = (columns = 80, rows = 24): string =>
  openPane(
    `node ${CLI} play ${GENEVA}; echo "exited $?"; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo|isig)' | tr '\\n' ' '; echo; sleep 30`,
    columns,
    rows,
  );

const cursorShown = (name: string): boolean =>
  tmux('display', '-p', '-t', name, '#{cursor_flag}').trim() === '1';
const playerPid = (name: string): number =>
  Number(
    execFileSync('pgrep', ['-P', tmux('display', '-p', '-t', name, '#{pane_pid}').trim(), 'node'], {
      encoding: 'utf8',
    }).trim(),
  );

describe.skipIf(!TMUX)('the player in a real terminal', () => {
  afterEach(closePanes);

  test.each([
    ['Ctrl-C', (name: string) => keys(name, 'C-c'), 'exited 0'],
    ['SIGTERM', (name: string) => process.kill(playerPid(name), 'SIGTERM'), 'exited 143'],
  ])(
    '%s gives back the terminal: cursor shown, line editing and echo on',
    async (_how, stop, exited) => {
      const name = startPlayer();
      await waitForPane(name, (t) => t.includes('step 0/47'));
      expect(cursorShown(name)).toBe(false);
      stop(name);
      const pane = await waitForPane(name, (t) => /isig icanon echo/.test(t));
      expect(pane).toContain(exited);
      expect(cursorShown(name)).toBe(true);
    },
    20_000,
  );

  test('SIGKILL, which no program can catch, does leave the terminal raw: the check above can tell', async () => {
    const name = startPlayer();
    await waitForPane(name, (t) => t.includes('step 0/47'));
    process.kill(playerPid(name), 'SIGKILL');
    const pane = await waitForPane(name, (t) => /exited 137/.test(t) && /icanon|echo/.test(t));
    expect(pane).toMatch(/-icanon -echo/);
  }, 20_000);

  test('a window smaller than the player needs asks to be made larger, and q still quits', async () => {
    const name = startPlayer(50, 15);
    const pane = await waitForPane(name, (t) => t.includes('Make the window larger'));
    expect(pane).toContain('(this one is 50x15)');
    expect(pane).not.toContain('timeline');
    keys(name, 'q');
    await waitForPane(name, (t) => t.includes('exited 0'));
  }, 20_000);

  // Libraries read some variables when they load (Ink: DEV, which loads React's devtools, not shipped).
  test.each([
    ['DEV=true'],
    ['DEV=true NODE_ENV=development'],
    ['INK_SCREEN_READER=false FORCE_COLOR=3 TERM=xterm-256color'],
  ])(
    'the player starts whatever the shell exports: %s',
    async (exported) => {
      const name = openPane(
        `env ${exported} node ${CLI} play ${GENEVA}; echo "exited $?"; sleep 30`,
      );
      await waitForPane(name, (t) => t.includes('step 0/47') || t.includes('exited'));
      keys(name, 'q');
      const pane = await waitForPane(name, (t) => t.includes('exited'));
      expect(pane).toContain('exited 0');
      expect(pane).not.toContain('react-devtools-core');
    },
    20_000,
  );
});

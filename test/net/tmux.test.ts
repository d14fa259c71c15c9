/**
 * A hosted game in real terminals (tmux): the facilitator's screen in one pane, two teams' screens
 * in two more, a move made by one team seen on the host's screen. Loopback only; skipped only
 * where tmux is not installed.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CLI, ensureBuilt } from '../helpers/cli.js';
import { SMALL } from '../helpers/game.js';
import { closePanes, keys, openPane, TMUX, waitForPane } from '../helpers/tmux.js';

describe.skipIf(!TMUX)('parley host and two parley join panes', () => {
  beforeAll(ensureBuilt, 120_000);

  afterEach(closePanes);

  test("a team's move shows on the host's screen; q ends the host with exit 0", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parley-host-'));
    copyFileSync(SMALL, join(folder, 'small.yaml'));
    const host = openPane(
      `cd ${folder} && node ${CLI} host small.yaml --teams opposition,government --port 0 --bind 127.0.0.1; echo "host exited $?"; sleep 30`,
    );
    const joins = await waitForPane(host, (t) => (t.match(/parley join /g) ?? []).length === 2);
    const line = (team: string): string =>
      /parley join \S+ --code \S+ --as \S+/.exec(
        joins.split('\n').find((l) => l.includes(`--as ${team}`)) ?? '',
      )?.[0] ?? '';
    const seat = (team: string): string =>
      openPane(
        `node ${CLI} ${line(team).slice('parley '.length)}; echo "join exited $?"; sleep 30`,
      );
    const government = seat('government');
    const opposition = seat('opposition');
    // Each team's screen opens on its briefing; any key shows the game.
    await waitForPane(government, (t) => t.includes('You are team government: The government.'));
    await waitForPane(opposition, (t) => t.includes('You are team opposition: The opposition.'));
    keys(government, 'Space');
    keys(opposition, 'Space');
    await waitForPane(opposition, (t) => t.includes("government's turn"));
    await waitForPane(government, (t) => t.includes('your turn, 2016-02-01'));
    let pane = await waitForPane(host, (t) => (t.match(/\(joined\)/g) ?? []).length === 2);
    expect(pane).toContain("government's turn (The government), 2016-02-01");

    keys(government, 'Enter');
    pane = await waitForPane(host, (t) => t.includes('[team government]'));
    expect(pane).toContain('2016-02-01 The government DELEGATION_VETOED [team government]');
    expect(pane).toContain("opposition's turn (The opposition), 2016-02-02");
    await waitForPane(opposition, (t) => t.includes('your turn, 2016-02-02'));
    for (const row of pane.split('\n')) expect(row.length).toBeLessThanOrEqual(80);

    keys(host, 'q');
    await waitForPane(host, (t) => t.includes('host exited 0'));
    pane = await waitForPane(opposition, (t) => t.includes('join exited'));
    expect(pane).toContain('join exited 0');
  }, 90_000);
});

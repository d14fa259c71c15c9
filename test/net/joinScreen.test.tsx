/**
 * A team's screen at 80x24, joined to a real host on 127.0.0.1: the briefing first, then the game;
 * the frame after the team's keys, and what the host took from them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { currentTurn } from '../../src/engine/game.js';
import { defaultCatalog } from '../../src/engine/load.js';
import { meaningOf } from '../../src/model/vocabulary.js';
import { startHost } from '../../src/net/host.js';
import { JoinScreen } from '../../src/ui/class/JoinScreen.js';
import { GENEVA, mustLoad } from '../helpers/scenarios.js';
import { newGame } from '../helpers/game.js';
import { waitFor } from '../ui/helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'parley-join-screen-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("a team's screen", () => {
  it('opens on the briefing with the quotes, then shows the turn and sends the chosen move', async () => {
    const host = await startHost({
      game: newGame(mustLoad(GENEVA), ['opposition']),
      path: join(folder, 'game.yaml'),
      catalog: defaultCatalog(),
      port: 0,
      bind: '127.0.0.1',
    });
    const closed: (string | null)[] = [];
    const app = render(
      <JoinScreen
        seat={{
          address: { host: '127.0.0.1', port: host.port },
          team: 'opposition',
          code: host.codes.get('opposition') ?? '',
        }}
        onClosed={(problem) => closed.push(problem)}
        size={{ columns: 80, rows: 24 }}
      />,
    );
    const frame = (): string => app.lastFrame() ?? '';
    let text = await waitFor(frame, (t) => t.includes('You are team opposition'));
    expect(text).toContain('team opposition: briefing');
    expect(text).toContain('On the record it said:');
    expect(text).toContain('joined as opposition');
    expect(text.split('\n').every((l) => l.length <= 80)).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 0));
    app.stdin.write(' ');
    text = await waitFor(frame, (t) => t.includes('your turn, 2016-01-26'));
    expect(text).toContain('>  1 DELEGATION_VETOED');
    // The chosen move's meaning, under the list, as the hot-seat screen shows it.
    expect(text).toContain(`  ${meaningOf('DELEGATION_VETOED')}`.slice(0, 60));
    expect(text).toContain('↑/↓ choose  Enter sends  w waits  b briefing  q quits');
    const before = host.state().table.game.decisions.length;
    // The screen reads keys through a handler its render has just bound.
    await new Promise((resolve) => setTimeout(resolve, 0));
    app.stdin.write('w');
    await waitFor(frame, (t) => t.includes('sent'));
    expect(host.state().table.game.decisions).toHaveLength(before + 1);
    expect(host.state().table.game.decisions.at(-1)?.choice).toEqual({ kind: 'wait' });
    expect(currentTurn(host.state().table.game)?.date).not.toBe('2016-01-26');

    await new Promise((resolve) => setTimeout(resolve, 0));
    app.stdin.write('b');
    await waitFor(frame, (t) => t.includes('team opposition: briefing'));
    await host.end('the test is over');
    await waitFor(frame, (t) => t.includes('the host: the test is over'));
    app.unmount();
  });
});

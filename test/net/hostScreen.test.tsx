/**
 * The facilitator's screen at 80x24 over a real host on 127.0.0.1: the join lines, whose turn it
 * is, and the frame after each of the facilitator's keys.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/engine/load.js';
import { startHost } from '../../src/net/host.js';
import { HostScreen } from '../../src/ui/class/HostScreen.js';
import { newGame, SMALL } from '../helpers/game.js';
import { mustLoad } from '../helpers/scenarios.js';
import { KEY, waitFor } from '../ui/helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'parley-host-screen-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the facilitator's screen", () => {
  it('pauses, makes a move happen, drops the next recorded event and writes the handout', async () => {
    const game = newGame(mustLoad(SMALL), ['opposition', 'government']);
    const catalog = defaultCatalog();
    const host = await startHost({
      game,
      path: join(folder, 'game.yaml'),
      catalog,
      port: 0,
      bind: '127.0.0.1',
    });
    const handout = join(folder, 'game.md');
    const app = render(
      <HostScreen
        host={host}
        heading={['A small round of talks', 'Each team joins from its own terminal:']}
        handoutPath={handout}
        catalog={catalog}
        size={{ columns: 80, rows: 24 }}
      />,
    );
    const frame = (): string => app.lastFrame() ?? '';
    const press = async (keys: string, check: (t: string) => boolean): Promise<string> => {
      app.stdin.write(keys);
      const text = await waitFor(frame, check);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return text;
    };
    let text = await waitFor(frame, (t) => t.includes("government's turn"));
    expect(text.split('\n')).toHaveLength(24);
    expect(text).toContain('p pause  w team waits  i event  x drop next  m handout  e/q end');

    text = await press('p', (t) => t.includes('(paused)'));
    expect(text).toContain('the facilitator paused the game');
    await press('p', (t) => !t.includes('(paused)'));

    text = await press('i', (t) => t.includes('a move of an actor no team plays'));
    expect(text).toContain('The envoy ENVOY_MET');
    expect(text).not.toMatch(/The (government|opposition) /);
    const meets = text.split('\n').findIndex((l) => l.includes('The envoy ENVOY_MET'));
    const first = text.split('\n').findIndex((l) => l.startsWith('>'));
    await press(KEY.down.repeat(meets - first), (t) => t.includes('> The envoy ENVOY_MET'));
    // ENVOY_MET names whom the envoy meets: Enter opens its form, Enter again makes it happen.
    await press(KEY.enter, (t) => t.includes('Enter inserts'));
    text = await press(KEY.enter, (t) => t.includes('made to happen: envoy ENVOY_MET'));
    expect(text).toContain('2016-02-01 The envoy ENVOY_MET [what-if]');

    text = await press('x', (t) => t.includes('the facilitator dropped'));
    expect(text).toContain('the facilitator dropped 2016-02-03 army OFFENSIVE_LAUNCHED');
    expect(host.state().table.game.dropped).toEqual(['offensive']);

    text = await press('m', (t) => t.includes('handout written to'));
    expect(existsSync(handout)).toBe(true);
    expect(readFileSync(handout, 'utf8')).toContain("## The class's game beside the record");
    app.unmount();
    await host.end('the test is over');
  });
});

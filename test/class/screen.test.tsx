/** The hot-seat screen at 80x24: whose turn, the moves, the news, after a key press. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/engine/load.js';
import { gameText } from '../../src/engine/gameFile.js';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import { ClassScreen } from '../../src/ui/class/ClassScreen.js';
import { SMALL, newGame } from '../helpers/game.js';
import { GENEVA, mustLoad } from '../helpers/scenarios.js';
import { KEY, waitFor } from '../ui/helpers.js';

const folder = mkdtempSync(join(PACKAGE_ROOT, 'test/.tmp-class-screen-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function screen(file: string, teams: string[], name: string) {
  const game = newGame(mustLoad(file), teams);
  const path = join(folder, name);
  writeFileSync(path, gameText(game, path));
  const app = render(
    <ClassScreen
      game={game}
      path={path}
      catalog={defaultCatalog()}
      size={{ columns: 80, rows: 24 }}
    />,
  );
  const frame = () => app.lastFrame() ?? '';
  const press = async (keys: string, check: (t: string) => boolean): Promise<string> => {
    const before = frame();
    app.stdin.write(keys);
    const text = await waitFor(frame, (t) => t !== before && check(t));
    // A form that just appeared reads the keys from an effect, after its first frame.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return text;
  };
  return { ...app, frame, press, path };
}

describe('the hot-seat screen', () => {
  it("shows the news with its sources, the regions, whose turn it is and the team's moves", async () => {
    const { frame, unmount } = screen(GENEVA, ['opposition', 'government'], 'geneva.yaml');
    const text = await waitFor(frame, (t) => t.includes("opposition's turn"));
    const lines = text.split('\n');
    expect(lines).toHaveLength(24);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(text).toContain(
      '2016-01-25 Staffan de Mistura TALKS_DELAYED [Radio Free Europe/Radio Liberty, 2…',
    );
    expect(text).toContain("opposition's turn (High Negotiations Committee), 2016-01-26");
    expect(text).toContain('process: delayed  opposition: undecided');
    expect(text).toContain('>  1 DELEGATION_VETOED');
    expect(text).toContain('w wait');
    expect(text).toContain('↑/↓ choose  Enter chooses  w waits  q quits');
    unmount();
  });

  it('moves on to the next turn after w, and saves the wait', async () => {
    const { frame, press, path, unmount } = screen(
      SMALL,
      ['opposition', 'government'],
      'small.yaml',
    );
    await waitFor(frame, (t) => t.includes("government's turn (The government), 2016-02-01"));
    const text = await press('w', (t) =>
      t.includes("opposition's turn (The opposition), 2016-02-02"),
    );
    expect(text).toContain(`saved to ${path}`);
    expect(readFileSync(path, 'utf8')).toContain('remove:\n  - gov-arrives\n');
    unmount();
  });

  it("chooses a move with Enter through the player's payload form", async () => {
    const { frame, press, unmount } = screen(SMALL, ['opposition', 'government'], 'form.yaml');
    await waitFor(frame, (t) => t.includes("government's turn"));
    // The first move, DELEGATION_VETOED, names a group: Enter opens its form, Enter again decides.
    await press(KEY.enter, (t) => t.includes('Enter inserts'));
    const text = await press(KEY.enter, (t) => t.includes("opposition's turn"));
    expect(text).toContain('2016-02-01 The government DELEGATION_VETOED [team government]');
    unmount();
  });
});

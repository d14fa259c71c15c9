/**
 * The debrief: a class game's handout sets the game beside the record, where they parted, who
 * moved what against the record's own moves with their quotes, how each region ended in both, and
 * the record's rules from the parting date. `parley replay GAME.yaml --format markdown` ends with it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTurn, dropNext } from '../../src/engine/game.js';
import { gameText } from '../../src/engine/gameFile.js';
import { defaultCatalog } from '../../src/engine/load.js';
import { classHandout, DEBRIEF_RUNS, debriefLines } from '../../src/report/debrief.js';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import { ensureBuilt, parley } from '../helpers/cli.js';
import { mustDecide, newGame, playThrough, SMALL } from '../helpers/game.js';
import { GENEVA, mustLoad } from '../helpers/scenarios.js';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(PACKAGE_ROOT, 'test/.tmp-class-debrief-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The Geneva record with the opposition played by a team that lets its first move pass. */
function genevaWaiting() {
  const game = newGame(mustLoad(GENEVA), ['opposition']);
  const turn = currentTurn(game);
  if (!turn) throw new Error('the opposition has no move in the record');
  return { game: mustDecide(game, 'opposition', { kind: 'wait' }), turn };
}

describe("the class's debrief", () => {
  it("names where the game left the record and sets the team's choice beside the recorded move, quoted", () => {
    const { game, turn } = genevaWaiting();
    const text = debriefLines(game, defaultCatalog()).join('\n');
    const { recorded } = turn;
    expect(text).toContain(`On ${recorded.date} the class left the record`);
    const row = text
      .split('\n')
      .find((l) => l.startsWith(`| ${recorded.date} | team opposition |`));
    expect(row).toContain('| waited |');
    expect(row).toContain(`\`${recorded.type}\``);
    // The record's move carries its words and where they were said.
    expect(recorded.source).not.toBeNull();
    expect(row).toContain(recorded.source?.quote.slice(0, 30));
  });

  it("shows both endings and the record's shares from that date, over all its runs", () => {
    const { game } = genevaWaiting();
    const lines = debriefLines(game, defaultCatalog());
    expect(lines).toContain("| | the class's game | the record |");
    expect(lines.find((l) => l.startsWith('| process |'))).toMatch(/^\| process \| \w+ \| \w+ \|$/);
    const at = lines.indexOf('**How the process ended**');
    const shares = lines
      .slice(at + 4, lines.indexOf('', at + 4))
      .map((l) => Number(l.split('|')[3]));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(DEBRIEF_RUNS);
  });

  it('lists what the facilitator dropped, and says so when the class kept to the record', () => {
    const small = newGame(mustLoad(SMALL), ['opposition', 'government']);
    const dropped = dropNext(small);
    if (!dropped.ok) throw new Error(dropped.problem);
    const text = debriefLines(playThrough(dropped.game), defaultCatalog()).join('\n');
    expect(text).toMatch(
      /\| 2016-02-03 \| the facilitator \| dropped it \| Government forces: `OFFENSIVE_LAUNCHED`/,
    );
    const kept = debriefLines(newGame(mustLoad(SMALL), ['government']), defaultCatalog());
    expect(kept).toContain('The class made every move the record holds: its game is the record.');
  });

  it('ends the handout of a saved game replayed as Markdown, and only of a game', async () => {
    ensureBuilt();
    const { game } = genevaWaiting();
    const path = join(folder, 'game.yaml');
    writeFileSync(path, gameText(game, path));
    const handout = await parley('replay', relative(PACKAGE_ROOT, path), '--format', 'markdown');
    expect(handout.status).toBe(0);
    expect(handout.stdout).toContain("## The class's game beside the record");
    expect(handout.stdout).toContain(debriefLines(game, defaultCatalog()).join('\n'));
    expect(classHandout(game, defaultCatalog())).toContain("## The class's game beside the record");
    const record = await parley('replay', GENEVA, '--format', 'markdown');
    expect(record.stdout).not.toContain('beside the record');
  });
});

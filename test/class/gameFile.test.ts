/** Nothing lost: the game saved as a what-if file resumes to the same game and replays to it. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentTurn, dropNext, gameRun } from '../../src/engine/game.js';
import { gameFromFile, gameText, saveGame } from '../../src/engine/gameFile.js';
import { moveOn, tableOf } from '../../src/engine/gameTable.js';
import { loadScenario } from '../../src/engine/load.js';
import { replay } from '../../src/engine/run.js';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import { GENEVA, mustLoad } from '../helpers/scenarios.js';
import {
  SMALL,
  mustInject,
  newGame,
  nextDecision,
  playThrough,
  stepLines,
} from '../helpers/game.js';

/** A folder inside the project: a saved game may extend only files parley can reach from there. */
const folders: string[] = [];
const folder = (): string => {
  const made = mkdtempSync(join(PACKAGE_ROOT, 'test/.tmp-class-'));
  folders.push(made);
  return made;
};
afterAll(() => {
  for (const made of folders) rmSync(made, { recursive: true, force: true });
});

function saved(game: Parameters<typeof gameText>[0]): string {
  const path = join(folder(), 'game.yaml');
  writeFileSync(path, gameText(game, path));
  return path;
}

describe('the saved game', () => {
  it('marks each team move with its team and names the teams', () => {
    const game = playThrough(newGame(mustLoad(SMALL), ['opposition', 'government']));
    const text = gameText(game, join(PACKAGE_ROOT, 'test/fixtures/class/game.yaml'));
    expect(text).toContain('extends: ./small.yaml');
    expect(text).toMatch(/teams:\n {2}opposition: hnc\n {2}government: gov\n/);
    expect(text).toContain('id: instead-of-gov-arrives');
    expect(text).toContain('team: government');
    expect(text).toContain('saved by parley class. Teams: opposition (hnc), government (gov).');
  });

  it('resumes mid-game to the same turn and the same steps', () => {
    let game = newGame(mustLoad(GENEVA), ['opposition', 'government'], 11);
    for (let n = 1; n <= 4; n += 1) game = nextDecision(game, n);
    const resumed = gameFromFile(mustLoad(saved(game)), mustLoad(GENEVA));
    if (!resumed.ok) throw new Error(resumed.problem);
    expect(resumed.game.decisions).toEqual(game.decisions);
    expect(resumed.game.seed).toBe(11);
    expect(currentTurn(resumed.game)?.recorded.id).toBe(currentTurn(game)?.recorded.id);
    expect(stepLines(gameRun(resumed.game))).toEqual(stepLines(gameRun(game)));
  });

  it('replays with parley replay to the game as played', () => {
    for (const [file, teams] of [
      [SMALL, ['opposition', 'government']],
      [GENEVA, ['opposition', 'government']],
      [GENEVA, ['envoy']],
    ] as const) {
      const game = playThrough(newGame(mustLoad(file), [...teams], 3));
      const played = gameRun(game);
      const replayed = replay(mustLoad(saved(game)));
      expect(stepLines(replayed)).toEqual(stepLines(played));
      expect(replayed.entries.at(-1)?.state.machine.context).toEqual(
        played.entries.at(-1)?.state.machine.context,
      );
    }
  });

  it('keeps a team named by a role written with capitals', () => {
    const game = playThrough(newGame(mustLoad(GENEVA), ['armedGroup'], 3));
    const resumed = gameFromFile(mustLoad(saved(game)), mustLoad(GENEVA));
    expect(resumed.ok && resumed.game.teams).toEqual([
      { name: 'armedGroup', actor: 'islamic-state' },
    ]);
  });

  it('refuses a file that is no game, or a game read over another scenario', () => {
    const notAGame = gameFromFile(mustLoad(SMALL), mustLoad(SMALL));
    expect(notAGame).toEqual({
      ok: false,
      problem: 'class-small is no classroom game: it has no teams:',
    });
    const game = playThrough(newGame(mustLoad(SMALL), ['opposition', 'government']));
    const elsewhere = gameFromFile(mustLoad(saved(game)), mustLoad(GENEVA));
    expect(!elsewhere.ok && elsewhere.problem).toMatch(/^no actor or role "gov" in geneva-2016 /);
  });

  it("gets a hand edit of its teams or of a move's team at the line and column", () => {
    const game = playThrough(newGame(mustLoad(SMALL), ['opposition', 'government']));
    const path = saved(game);
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text
        .replace('  government: gov\n', '  government: gvo\n  army: hnc\n')
        .replace('team: opposition', 'team: oposition'),
    );
    const { scenario, diagnostics } = loadScenario(path);
    expect(scenario).toBeNull();
    const said = diagnostics.map(
      (d) => `${d.line}:${d.col}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`,
    );
    const line = (needle: string): number =>
      readFileSync(path, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(needle)) + 1;
    expect(said).toContain(
      `${line('government: gvo')}:15: teams: team government plays unknown actor "gvo" (did you mean gov?)`,
    );
    expect(said).toContain(
      `${line('army: hnc')}:9: teams: teams opposition and army both play hnc: one actor, one team`,
    );
    expect(said.find((d) => d.includes('no team "oposition" in teams:'))).toMatch(
      new RegExp(
        `^${line('team: oposition')}:\\d+: event "instead-of-[\\w-]+": no team "oposition" in teams: \\(the teams are opposition, government, army\\)$`,
      ),
    );
  });

  it("resumes the facilitator's drops and moves, each where it was made", () => {
    let game = mustInject(newGame(mustLoad(SMALL), ['opposition', 'government']), 'ENVOY_MET');
    game = nextDecision(game, 1);
    const dropped = dropNext(game);
    if (!dropped.ok) throw new Error(dropped.problem);
    game = mustInject(nextDecision(dropped.game, 2), 'ENVOY_MET');
    const resumed = gameFromFile(mustLoad(saved(game)), mustLoad(SMALL));
    if (!resumed.ok) throw new Error(resumed.problem);
    expect(resumed.game.injected).toEqual(game.injected);
    expect(resumed.game.injected.map((i) => i.before)).toEqual(['gov-arrives', 'hnc-threatens']);
    expect(resumed.game.dropped).toEqual(['offensive']);
    expect(resumed.game.decisions).toEqual(game.decisions);
    expect(stepLines(gameRun(resumed.game))).toEqual(stepLines(gameRun(game)));
  });

  it('refuses a saved game whose events were changed by hand', () => {
    const path = saved(playThrough(newGame(mustLoad(SMALL), ['opposition', 'government'])));
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text.replace(
        /^( *)events:\n( *)- /m,
        '$1events:\n$2- { id: extra, date: 2016-02-01, actor: envoy, type: ENVOY_MET, payload: { with: gov } }\n$2- ',
      ),
    );
    const edited = mustLoad(path);
    expect(edited.events.map((e) => e.id)).toContain('extra');
    expect(gameFromFile(edited, mustLoad(SMALL))).toEqual({
      ok: false,
      problem:
        'class-small-class has events a game of its teams would not: was it changed by hand?',
    });
  });

  it('saves a new game only where no file is, and says why it could not', () => {
    const game = newGame(mustLoad(SMALL), ['opposition']);
    const path = join(folder(), 'game.yaml');
    expect(saveGame(game, path, false)).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe(gameText(game, path));
    expect(saveGame(game, path, false)).toBe(
      `${path} exists: resume it with --resume ${path}, or save the new game with --save ANOTHER.yaml`,
    );
    const later = nextDecision(game, 1);
    expect(saveGame(later, path, true)).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe(gameText(later, path));
    const nowhere = join(folder(), 'missing', 'game.yaml');
    expect(saveGame(game, nowhere, false)).toMatch(
      /\(ENOENT\): cannot write .*missing\/game\.yaml$/,
    );
  });

  it('moves the table on only after saving it, with the steps the change brought as news', () => {
    const game = newGame(mustLoad(SMALL), ['opposition', 'government']);
    const table = tableOf(game);
    const next = nextDecision(game, 1);
    const path = join(folder(), 'game.yaml');
    const moved = moveOn(table, next, path);
    expect(moved.saveProblem).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe(gameText(next, path));
    expect(moved.table.game).toBe(next);
    expect(moved.news[0]?.id).toBe('instead-of-gov-arrives');
    expect(moved.table.run.entries.map((e) => e.step)).toEqual([
      ...table.run.entries.map((e) => e.step),
      ...moved.news,
    ]);
    // Each later change saves over the game's own file.
    const after = nextDecision(next, 2);
    expect(moveOn(moved.table, after, path).saveProblem).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe(gameText(after, path));
    const lost = moveOn(table, next, join(folder(), 'missing', 'game.yaml'));
    expect(lost.saveProblem).toMatch(/^its folder does not exist \(ENOENT\): cannot write /);
  });
});

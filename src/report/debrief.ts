/**
 * The debrief of a classroom game: its handout (`parley replay GAME.yaml --format markdown`, or
 * `m` on the host's screen) with the class's game set beside the record: where they parted, who
 * moved what instead of which recorded move (with its source), how each region ended in both, and
 * how the record's own rules ended the talks from the parting date over many runs.
 */
import { gameScenario, insteadOf, type Game } from '../engine/game.js';
import { simulateRange } from '../engine/montecarlo.js';
import { outcomeOf, replay } from '../engine/run.js';
import { REGIONS } from '../model/domain.js';
import type { Catalog } from '../scenario/catalog.js';
import type { ScenarioEvent } from '../scenario/types.js';
import { actorLabel, citedWhere, payloadLine, quoted } from './describe.js';
import { distributionRows, percent } from './distribution.js';
import { markdownHandout, md } from './markdown.js';

/** Runs of the record's rules from the parting date: enough for shares to the percent. */
export const DEBRIEF_RUNS = 2000;

function recordedMove(event: ScenarioEvent, catalog: Catalog): string {
  const payload = payloadLine(event);
  const said = event.source
    ? ` ${md(quoted(event.source.quote))} (${md(citedWhere(catalog, event.source))})`
    : '';
  return `\`${event.type}\`${payload ? ` (${md(payload)})` : ''}${said}`;
}

/** The debrief's own sections, in Markdown lines. */
export function debriefLines(game: Game, catalog: Catalog): string[] {
  const { scenario: record } = game;
  const played = gameScenario(game);
  const out: string[] = ["## The class's game beside the record", ''];
  for (const t of game.teams)
    out.push(`- Team **${md(t.name)}** played ${md(actorLabel(record, t.actor))}.`);
  out.push('');
  const at = played.forkAt;
  const parted = at === null ? undefined : record.events[at];
  if (at === null || !parted) {
    out.push('The class made every move the record holds: its game is the record.', '');
    return out;
  }
  out.push(
    '### Where they parted',
    '',
    `On ${parted.date} the class left the record; there, ${md(actorLabel(record, parted.actor))} makes ${recordedMove(parted, catalog)}.`,
    '',
    '### Who moved what',
    '',
    '| date | who | the class | the record |',
    '| --- | --- | --- | --- |',
  );
  const moves = new Map(played.events.map((e) => [e.id, e]));
  for (const d of game.decisions) {
    const recorded = record.events.find((e) => e.id === d.replaces);
    if (!recorded) continue;
    const instead = moves.get(insteadOf(d.replaces));
    const theirs = instead
      ? `\`${instead.type}\`${payloadLine(instead) ? ` (${md(payloadLine(instead))})` : ''}`
      : 'waited';
    out.push(
      `| ${recorded.date} | team ${md(d.team)} | ${theirs} | ${recordedMove(recorded, catalog)} |`,
    );
  }
  for (const id of game.dropped) {
    const recorded = record.events.find((e) => e.id === id);
    if (recorded)
      out.push(
        `| ${recorded.date} | the facilitator | dropped it | ${md(actorLabel(record, recorded.actor))}: ${recordedMove(recorded, catalog)} |`,
      );
  }
  const [theirs, real] = [
    outcomeOf(replay(played)),
    outcomeOf(replay(record, { seed: game.seed })),
  ];
  out.push(
    '',
    '### How each ended',
    '',
    "| | the class's game | the record |",
    '| --- | --- | --- |',
  );
  for (const region of REGIONS)
    out.push(`| ${region} | ${theirs.state[region]} | ${real.state[region]} |`);
  out.push(
    `| confidence | ${theirs.confidence} / 100 | ${real.confidence} / 100 |`,
    `| the opposition walked out | ${theirs.walkout ? `on ${theirs.walkout.date}` : 'no'} | ${real.walkout ? `on ${real.walkout.date}` : 'no'} |`,
    `| a ceasefire was agreed | ${theirs.ceasefireAgreed ? 'yes' : 'no'} | ${real.ceasefireAgreed ? 'yes' : 'no'} |`,
    '',
  );
  const d = simulateRange(record, game.seed, 0, DEBRIEF_RUNS, at);
  out.push(
    "### What the record's rules made of that date",
    '',
    `The record as written until the class left it on ${parted.date}, then its rules making every actor's moves: ${DEBRIEF_RUNS.toLocaleString('en')} runs from seed ${game.seed}. How far the class's game is from these shares is the question for the debrief.`,
    '',
  );
  for (const { title, rows } of distributionRows([d])) {
    out.push(`**${title}**`, '', '| | share | runs |', '| --- | --- | --- |');
    for (const row of rows) {
      const [c = 0] = row.counts;
      out.push(`| ${md(row.label.trim())} | ${percent(c, d.runs)} | ${c} |`);
    }
    out.push('');
  }
  return out;
}

/** The game's handout: `run` (the game replayed, by default), then the debrief. */
export function classHandout(
  game: Game,
  catalog: Catalog,
  run = replay(gameScenario(game)),
): string {
  return markdownHandout(run, catalog, debriefLines(game, catalog));
}

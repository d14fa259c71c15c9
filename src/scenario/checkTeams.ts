/**
 * A classroom game's teams, checked as the file says them: each team plays a declared actor, no
 * actor has two teams, and a move marked `team:` names one of them. A game file is parley's own
 * output, so these catch a hand edit, at the line and column of the entry.
 */
import { suggest, type Diagnostic } from './diagnostics.js';
import type { Resolved } from './resolve.js';
import { reporter } from './check.js';

export function checkTeams(scenario: Resolved, diagnostics: Diagnostic[]): void {
  const { teams } = scenario;
  const own = scenario.raw.teams;
  const ids = scenario.actors.map((a) => a.id);
  if (own) {
    const report = reporter(scenario.file, ['teams'], 'teams', diagnostics);
    const players = new Map<string, string>();
    for (const [team, actor] of Object.entries(own)) {
      if (!ids.includes(actor))
        report(
          [team],
          `team ${team} plays unknown actor "${actor}"`,
          suggest(actor, ids, 'declared actors'),
        );
      const other = players.get(actor);
      if (other)
        report([team], `teams ${other} and ${team} both play ${actor}: one actor, one team`);
      players.set(actor, team);
    }
  }
  for (const { entry, file, path } of scenario.events) {
    if (entry.team === undefined) continue;
    const names = Object.keys(teams ?? {});
    if (!names.includes(entry.team))
      reporter(
        file,
        path,
        `event "${entry.id}"`,
        diagnostics,
      )(
        ['team'],
        names.length
          ? `no team "${entry.team}" in teams:`
          : `team "${entry.team}" marks a move, but the file names no teams:`,
        names.length
          ? `the teams are ${names.join(', ')}`
          : `name the teams, e.g. \`teams: { ${entry.team}: ${entry.actor} }\`, or remove the mark`,
      );
  }
}

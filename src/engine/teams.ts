/**
 * A classroom game's teams: each team plays one actor of the scenario, named on the command line
 * by the actor's id or its role. Refusals name what the scenario offers.
 */
import type { Scenario } from '../scenario/types.js';

export interface Team {
  /** The word the class gave: a role (`opposition`) or an actor id (`hnc`). */
  readonly name: string;
  /** The actor id the team plays. */
  readonly actor: string;
}

export type TeamsResult =
  | { readonly ok: true; readonly teams: readonly Team[] }
  | { readonly ok: false; readonly problem: string };

const listed = (words: readonly string[]): string => [...new Set(words)].join(', ');

/** What a team may be named: the scenario's roles and actor ids. */
export function teamChoices(scenario: Scenario): string {
  return `roles: ${listed(scenario.actors.map((a) => a.role))}; actor ids: ${listed(scenario.actors.map((a) => a.id))}`;
}

/** The actor a team word names, or why it names none. */
function actorFor(scenario: Scenario, word: string): { actor: string } | { problem: string } {
  if (scenario.actors.some((a) => a.id === word)) return { actor: word };
  const byRole = scenario.actors.filter((a) => a.role === word);
  const [only] = byRole;
  if (only && byRole.length === 1) return { actor: only.id };
  if (byRole.length > 1)
    return {
      problem: `several actors have the role ${word} (${listed(byRole.map((a) => a.id))}): name one by its id`,
    };
  return { problem: `no actor or role "${word}" in ${scenario.id} (${teamChoices(scenario)})` };
}

/**
 * The teams `words` name, in their order, or why they cannot play.
 * @example teamsFor(geneva, ['opposition', 'government']) // { ok: true, teams: [{ name: 'opposition', actor: 'hnc' }, ...] }
 */
export function teamsFor(scenario: Scenario, words: readonly string[]): TeamsResult {
  const names = words.map((w) => w.trim()).filter((w) => w !== '');
  if (!names.length)
    return {
      ok: false,
      problem: `name at least one team: a role or an actor id (${teamChoices(scenario)})`,
    };
  const teams: Team[] = [];
  for (const name of names) {
    if (teams.some((t) => t.name === name))
      return { ok: false, problem: `team ${name} is named twice` };
    const found = actorFor(scenario, name);
    if ('problem' in found) return { ok: false, problem: found.problem };
    const other = teams.find((t) => t.actor === found.actor);
    if (other)
      return {
        ok: false,
        problem: `teams ${other.name} and ${name} would both play ${found.actor}: one actor, one team`,
      };
    teams.push({ name, actor: found.actor });
  }
  return { ok: true, teams };
}

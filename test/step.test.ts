/**
 * The rules a run plays by, and what a step keeps: in a classroom game the rules never move a
 * team's actor, and a move naming an actor the scenario lacks stops the run with its name.
 */
import { describe, expect, test } from 'vitest';
import { advance, initialRunState, rulesFor } from '../src/engine/step.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const geneva = mustLoad(GENEVA);
const actorsOf = (policies: readonly { then: { actor: string } }[]) =>
  [...new Set(policies.map((p) => p.then.actor))].sort();

describe('the rules of a run', () => {
  test('in a game, the simulated rules leave out the moves of the actors the teams play', () => {
    const game = { ...geneva, teams: { opposition: 'hnc' } };
    expect(actorsOf(geneva.policies)).toContain('hnc');
    expect(actorsOf(rulesFor(game, true).policies)).toEqual(
      actorsOf(geneva.policies).filter((a) => a !== 'hnc'),
    );
    // Replaying the record, every rule still predicts its move.
    expect(rulesFor(game, false).policies).toBe(game.policies);
    expect(rulesFor(geneva, true).policies).toBe(geneva.policies);
    expect(rulesFor({ ...geneva, teams: {} }, true).policies).toBe(geneva.policies);
  });

  test('each actor’s role, whether the rules draw, and whether steps are lean', () => {
    const rules = rulesFor(geneva, true, true);
    expect(rules.roles.get('hnc')).toBe('opposition');
    expect(rules.roles.get('de-mistura')).toBe('envoy');
    expect([rules.simulate, rules.lean]).toEqual([true, true]);
    expect(rulesFor(geneva, false).lean).toBe(false);
  });

  test('a move naming an actor the scenario does not have stops the run, naming the actor', () => {
    const event = { ...geneva.events[0]!, actor: 'nobody' };
    expect(() => advance(initialRunState(geneva, 1), event, rulesFor(geneva, false), 0)).toThrow(
      'no actor "nobody" in the scenario, yet a move names it',
    );
  });
});

describe('what a step keeps', () => {
  const refused = { ...geneva.events[0]!, type: 'RETURNED_TO_TALKS' as const };

  test('a refused step says why, and is frozen with its state', () => {
    const [entry] = advance(initialRunState(geneva, 1), refused, rulesFor(geneva, false), 0);
    expect(entry?.step.accepted).toBe(false);
    expect(entry?.step.reason).toMatch(/\S/);
    expect(entry?.step.effects).toEqual([]);
    expect(Object.isFrozen(entry) && Object.isFrozen(entry?.step)).toBe(true);
    expect(Object.isFrozen(entry?.state)).toBe(true);
  });

  test('a lean step, made for counting, carries no reason and is not frozen', () => {
    const [entry] = advance(initialRunState(geneva, 1), refused, rulesFor(geneva, false, true), 0);
    expect(entry?.step.accepted).toBe(false);
    expect(entry?.step.reason).toBeNull();
    expect(Object.isFrozen(entry) || Object.isFrozen(entry?.step)).toBe(false);
  });
});

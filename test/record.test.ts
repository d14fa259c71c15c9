/**
 * The heart of the suite: the replay's state at each documented date of the two recorded
 * sequences, as the seed articles describe them.
 */
import { describe, expect, test } from 'vitest';
import { outcomeOf } from '../src/engine/run.js';
import { ASTANA, GENEVA, replayFile } from './helpers/scenarios.js';

const stateOn = (file: string, until: string) => outcomeOf(replayFile(file, { until })).state;

describe('Geneva 2016, day by day', () => {
  test.each([
    // Postponed from 25 to 29 January while the opposition delegation was disputed.
    ['2016-01-25', { process: 'delayed', opposition: 'undecided', government: 'undecided', ceasefireTrack: 'offAgenda' }],
    // The HNC letter to Ban Ki-moon changes demands, not states.
    ['2016-01-26', { process: 'delayed', opposition: 'undecided', government: 'undecided', ceasefireTrack: 'offAgenda' }],
    // "We will not be in Geneva tomorrow."
    ['2016-01-28', { process: 'delayed', opposition: 'boycott', government: 'undecided', ceasefireTrack: 'offAgenda' }],
    // The talks open with the government delegation alone.
    ['2016-01-29', { process: 'preparatory', opposition: 'boycott', government: 'attending', ceasefireTrack: 'offAgenda' }],
    // The HNC arrives on Saturday.
    ['2016-01-30', { process: 'preparatory', opposition: 'attending', government: 'attending', ceasefireTrack: 'offAgenda' }],
    ['2016-01-31', { process: 'preparatory', opposition: 'attending', government: 'attending', ceasefireTrack: 'offAgenda' }],
    // De Mistura declares the official start and calls for ceasefire talks.
    ['2016-02-01', { process: 'proximityTalks.declared', opposition: 'attending', government: 'attending', ceasefireTrack: 'proposed' }],
    // Jaafari: "the preparatory stage"; the HNC points to a withdrawal by Friday.
    ['2016-02-02', { process: 'proximityTalks.contested', opposition: 'walkoutThreat', government: 'attending', ceasefireTrack: 'proposed' }],
    // The envoy's temporary pause, with the walkout deadline still pending.
    ['2016-02-03', { process: 'suspended', opposition: 'walkoutThreat', government: 'attending', ceasefireTrack: 'proposed' }],
  ])('on %s', (date, expected) => {
    expect(stateOn(GENEVA, date)).toEqual(expected);
  });

  test('every recorded move is one the model accepts', () => {
    const run = replayFile(GENEVA);
    expect(run.entries.filter((e) => !e.step.accepted).map((e) => e.step.id)).toEqual([]);
    expect(run.entries.length).toBeGreaterThanOrEqual(25);
  });

  test('the record ends with the disputed start kept as each side claims it', () => {
    const outcome = outcomeOf(replayFile(GENEVA));
    expect(outcome.claims).toEqual({ 'de-mistura': 'started', government: 'preparatory', hnc: 'notStarted' });
  });

  test('by 2 February each side has said where the talks stand: the HNC in its written statement', () => {
    expect(outcomeOf(replayFile(GENEVA, { until: '2016-02-01' })).claims).toEqual({ 'de-mistura': 'started' });
    expect(outcomeOf(replayFile(GENEVA, { until: '2016-02-02' })).claims).toEqual({ 'de-mistura': 'started', government: 'preparatory', hnc: 'notStarted' });
  });

  test('the walkout threat names all that EA WorldView says was missing: ceasefires, detainee releases, aid', () => {
    const context = replayFile(GENEVA, { until: '2016-02-02' }).entries.at(-1)!.state.machine.context;
    expect([...context.walkoutDeadline!.conditions].sort()).toEqual(['endAirStrikes', 'humanitarianAccess', 'liftSieges', 'releaseDetainees']);
  });

  test('the delegation is disputed by the government from the start, and by Russia on 2 February; the HNC vetoes no ceasefire', () => {
    const context = replayFile(GENEVA).entries.at(-1)!.state.machine.context;
    expect(context.disputedDelegates).toEqual([
      { group: 'Ahrar al-Sham and the Army of Islam', by: 'government' },
      { group: 'Army of Islam', by: 'russia' },
    ]);
    expect(context.ceasefireVetoes.map((v) => v.actor)).toEqual(['russia', 'russia']);
  });

  test('the walkout deadline of Friday 5 February is still pending when the talks pause', () => {
    const outcome = outcomeOf(replayFile(GENEVA));
    expect(outcome.pendingDeadlines).toEqual([{ actor: 'hnc', due: '2016-02-05' }]);
    expect(outcome.walkout).toBeNull();
  });

  test('the model reaches "close to zero" on its own; the envoy\'s assessment is noted beside it, not imposed', () => {
    const run = replayFile(GENEVA, { until: '2016-02-02' });
    const assessed = run.entries.find((e) => e.step.id === 'confidence-near-zero')!;
    const before = run.entries[assessed.step.index - 1]!.state.machine.context.confidence;
    expect(before).toBeLessThanOrEqual(5);
    expect(assessed.state.machine.context.confidence).toBe(before);
    expect(assessed.state.machine.context.assessment).toEqual({ actor: 'de-mistura', level: 5, date: '2016-02-02' });
    expect(assessed.step.effects).toEqual([{ kind: 'assessment', actor: 'de-mistura', level: 5, model: before }]);
    expect(replayFile(GENEVA, { until: '2016-01-24' }).initial.machine.context.confidence).toBe(30);
  });

  test('the offensive north of Aleppo leaves the end of air strikes unmet', () => {
    const context = replayFile(GENEVA, { until: '2016-02-01' }).entries.at(-1)!.state.machine.context;
    expect(context.preconditions.endAirStrikes).toEqual({ demanded: true, met: false });
    expect(context.military.offensives).toEqual([{ actor: 'syrian-army', area: 'north of Aleppo', intensity: 'massive', date: '2016-02-01' }]);
  });
});

describe('Astana 2017, from the ceasefire of 30 December', () => {
  test.each([
    ['2016-12-29', { process: 'scheduled', opposition: 'undecided', government: 'undecided', ceasefireTrack: 'agreed' }],
    ['2016-12-30', { process: 'scheduled', opposition: 'undecided', government: 'undecided', ceasefireTrack: 'inForce' }],
    // Both delegations in Astana on Sunday; regime air strikes on Homs strain the ceasefire.
    ['2017-01-22', { process: 'preparatory', opposition: 'attending', government: 'attending', ceasefireTrack: 'inForce' }],
    // Opening statements by the Kazakh foreign minister; the rebels refuse to sit face to face.
    ['2017-01-23', { process: 'proximityTalks.declared', opposition: 'attending', government: 'attending', ceasefireTrack: 'inForce' }],
    // The sponsors' joint statement closes the round.
    ['2017-01-24', { process: 'concluded', opposition: 'attending', government: 'attending', ceasefireTrack: 'inForce' }],
  ])('on %s', (date, expected) => {
    expect(stateOn(ASTANA, date)).toEqual(expected);
  });

  test('the refusal of face-to-face talks and the Homs strikes are in the context', () => {
    const context = replayFile(ASTANA, { until: '2017-01-23' }).entries.at(-1)!.state.machine.context;
    expect(context.faceToFace).toEqual({ opposition: false });
    expect(context.ceasefireViolations).toBe(1);
  });

  test('every recorded move is one the model accepts', () => {
    expect(replayFile(ASTANA).entries.filter((e) => !e.step.accepted)).toEqual([]);
  });
});

/**
 * `explain`: why each region stands where it does and why the talks ended so, on the Geneva
 * record and on a seeded what-if run where the opposition walks out. The rules' probabilities may
 * change; the tests assert the chain's structure, ids and types, and find their seeds by search.
 */
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { explain, type Explanation, type Link } from '../src/engine/explain.js';
import { replay, simulateOnce, type Run } from '../src/engine/run.js';
import { explanationLines } from '../src/report/explainText.js';
import { defaultCatalog } from '../src/engine/load.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import type { Scenario } from '../src/scenario/types.js';
import { ensureBuilt, parley, STACK_LINE } from './helpers/cli.js';
import { ASTANA, ENVOY_AND_OPPOSITION, GENEVA, mustLoad, whatIfFile } from './helpers/scenarios.js';
import { SMALL } from './helpers/game.js';

beforeAll(ensureBuilt);

const catalog = defaultCatalog();
const WHAT_IFS = ['no-formal-start', 'goodwill-gesture'].map((name) =>
  join(PACKAGE_ROOT, `scenarios/what-if/${name}.yaml`),
);

const regionOf = (explanation: Explanation, region: string) =>
  explanation.regions.find((r) => r.region === region)!;

/** The link's source is the scenario event's own, with the catalog's outlet and date. */
function expectEventSource(link: Link, scenario: Scenario): void {
  const event = scenario.events.find((e) => e.id === link.id)!;
  const source = catalog.sources.get(event.source!.doc)!;
  expect(link.source).toEqual({
    doc: event.source!.doc,
    quote: event.source!.quote,
    outlet: source.outlet,
    published: source.date,
  });
}

/**
 * The walkout's chain the issue asks to read: deadline <- threat by threat-under-offensive <- the
 * recorded offensive; and the opposition still out at the end (most come back to the March round).
 */
const walksOutAfterTheOffensive = (explanation: Explanation): boolean => {
  const [deadline, threat, offensive] = explanation.outcome.walkout.chain;
  return (
    explanation.outcome.walkout.walkedOut &&
    regionOf(explanation, 'opposition').state === 'walkedOut' &&
    deadline?.type === 'DEADLINE_PASSED' &&
    threat?.rule?.id === 'threat-under-offensive' &&
    offensive?.id === 'aleppo-offensive'
  );
};

/** The first what-if and seed whose run walks out through the offensive's threat. */
function walkoutRun(): { file: string; seed: number; run: Run } {
  for (const file of WHAT_IFS) {
    const scenario = mustLoad(file);
    for (let seed = 0; seed < 200; seed += 1) {
      const run = replay(scenario, { seed });
      if (walksOutAfterTheOffensive(explain(run, catalog))) return { file, seed, run };
    }
  }
  throw new Error('no what-if run walks out after the offensive');
}

describe('explain on the Geneva record', () => {
  const scenario = mustLoad(GENEVA);
  // The first week, to the pause; the record goes on after the recess.
  const run = replay(scenario, { until: '2016-02-03' });
  // Made anew for each test: what explain computes is what the tests check.
  let explanation: Explanation;
  beforeEach(() => {
    explanation = explain(run, catalog);
  });

  test("the process is suspended by the temporary pause, with the pause's own source", () => {
    const process = regionOf(explanation, 'process');
    expect(process).toMatchObject({ state: 'suspended', since: '2016-02-03' });
    expect(process.chain).toHaveLength(1);
    const [pause] = process.chain;
    expect(pause).toMatchObject({
      id: 'temporary-pause',
      type: 'TALKS_SUSPENDED',
      origin: 'script',
      recorded: true,
      rule: null,
    });
    expect(pause!.did).toEqual([
      { kind: 'region', region: 'process', from: 'proximityTalks.contested', to: 'suspended' },
    ]);
    expectEventSource(pause!, scenario);
  });

  test('the opposition threatens a walkout by the recorded threat, which sets the deadline', () => {
    const opposition = regionOf(explanation, 'opposition');
    expect(opposition.state).toBe('walkoutThreat');
    const [threat] = opposition.chain;
    expect(threat).toMatchObject({
      id: 'walkout-threat',
      type: 'WALKOUT_THREATENED',
      actor: 'hnc',
      recorded: true,
    });
    expect(threat!.did).toContainEqual({
      kind: 'region',
      region: 'opposition',
      from: 'attending',
      to: 'walkoutThreat',
    });
    expect(threat!.did).toContainEqual(
      expect.objectContaining({ kind: 'deadline', change: 'set', date: '2016-02-05' }),
    );
    expectEventSource(threat!, scenario);
  });

  test('no walkout: the deadline is still pending, and its chain is the threat that set it', () => {
    const { walkout } = explanation.outcome;
    expect(walkout).toMatchObject({
      walkedOut: false,
      date: null,
      pending: { date: '2016-02-05' },
    });
    expect(walkout.chain.map((l) => l.id)).toEqual(['walkout-threat']);
  });

  test('the confidence: its largest changes, largest first, and the rest add up to the change over the run', () => {
    const { confidence } = explanation.outcome;
    const sizes = confidence.largest.map((l) =>
      l.did[0]!.kind === 'confidence' ? l.did[0]!.by : NaN,
    );
    expect(sizes.map(Math.abs)).toEqual([...sizes.map(Math.abs)].sort((a, b) => b - a));
    expect(sizes.reduce((a, b) => a + b, 0) + confidence.rest.by).toBe(
      confidence.value - confidence.initial,
    );
    const offensive = confidence.largest.find((l) => l.id === 'aleppo-offensive');
    expect(offensive?.did).toEqual([
      expect.objectContaining({ kind: 'confidence', by: expect.any(Number) }),
    ]);
    expectEventSource(offensive!, scenario);
  });

  test('a region that no step has moved says so, with no chain', () => {
    const early = explain(replay(scenario, { until: '2016-01-26' }), catalog);
    expect(regionOf(early, 'opposition')).toEqual({
      region: 'opposition',
      state: 'undecided',
      since: null,
      chain: [],
    });
    expect(explanationLines(early, scenario)).toContain(
      'opposition: undecided, its initial state: no step has moved it',
    );
  });
});

describe('the outcome of the record, explained', () => {
  /** Each link's step, and at the head the kinds of effect kept: those on the finding's subject. */
  const ids = (chain: readonly Link[]) =>
    chain.map((l, i) => (i ? [l.id, l.type] : [l.id, l.type, l.did.map((e) => e.kind)]));

  test('Geneva to the pause: no walkout yet, the threat that set the pending deadline; the ceasefire ruled out', () => {
    const { walkout, ceasefire } = explain(
      replay(mustLoad(GENEVA), { until: '2016-02-03' }),
      catalog,
    ).outcome;
    expect(walkout).toMatchObject({
      walkedOut: false,
      date: null,
      pending: { actor: 'hnc', setOn: '2016-02-02', date: '2016-02-05' },
    });
    expect(ids(walkout.chain)).toEqual([['walkout-threat', 'WALKOUT_THREATENED', ['deadline']]]);
    expect(ceasefire).toMatchObject({ agreed: false, state: 'proposed' });
    expect(ids(ceasefire.chain)).toEqual([
      ['gatilov-rules-out', 'CEASEFIRE_RULED_OUT', ['ceasefireVeto']],
    ]);
  });

  test('Geneva to the end: the walkout of 4 February, and the cessation of hostilities agreed', () => {
    const { walkout, ceasefire } = explain(replay(mustLoad(GENEVA)), catalog).outcome;
    expect(walkout).toMatchObject({ walkedOut: true, date: '2016-02-04', pending: null });
    expect(ids(walkout.chain)).toEqual([
      ['hnc-leaves-geneva', 'WALKED_OUT', ['region', 'deadline']],
    ]);
    expect(ceasefire).toMatchObject({ agreed: true, state: 'inForce' });
    expect(ids(ceasefire.chain)).toEqual([
      ['cessation-terms-adopted', 'CEASEFIRE_AGREED', ['region']],
    ]);
  });

  test("the government walking out is not the opposition's walkout", () => {
    const run = replay(mustLoad(join(PACKAGE_ROOT, 'test/fixtures/engine/government-leaves.yaml')));
    expect(explain(run, catalog).outcome.walkout).toEqual({
      walkedOut: false,
      date: null,
      pending: null,
      chain: [],
    });
  });

  test('Astana: no threat, so no chain to a walkout; the ceasefire agreed and in force', () => {
    const { walkout, ceasefire } = explain(replay(mustLoad(ASTANA)), catalog).outcome;
    expect(walkout).toEqual({ walkedOut: false, date: null, pending: null, chain: [] });
    expect(ceasefire).toMatchObject({ agreed: true, state: 'inForce' });
    expect(ids(ceasefire.chain)).toEqual([['ceasefire-agreed', 'CEASEFIRE_AGREED', ['region']]]);
  });
});

describe('explain on a what-if run where the opposition walks out', () => {
  const { file, seed, run } = walkoutRun();
  const scenario = run.scenario;
  let explanation: Explanation;
  let [deadline, threat, offensive]: (Link | undefined)[] = [];
  beforeEach(() => {
    explanation = explain(run, catalog);
    [deadline, threat, offensive] = explanation.outcome.walkout.chain;
  });
  const stepOf = (id: string) => run.entries.find((e) => e.step.id === id)!.step;

  test('the walkout is the deadline passing with its conditions unmet, each note naming the step that left it unmet', () => {
    expect(explanation.outcome.walkout).toMatchObject({ walkedOut: true, date: deadline!.date });
    expect(deadline).toMatchObject({
      type: 'DEADLINE_PASSED',
      origin: 'deadline',
      recorded: false,
      source: null,
      rule: null,
    });
    const fired = deadline!.did.find((e) => e.kind === 'deadline');
    expect(fired).toMatchObject({ kind: 'deadline', change: 'fired' });
    const unmet = fired!.kind === 'deadline' ? fired!.unmet : [];
    expect(unmet.length).toBeGreaterThan(0);
    expect(deadline!.notes.map((n) => n.kind === 'condition' && !n.met && n.name)).toEqual(unmet);
    for (const note of deadline!.notes) {
      // The step named did demand or unmeet this very condition, before the deadline.
      const step = stepOf(note.step!.id);
      expect(step.index).toBeLessThan(deadline!.index);
      expect(step.effects).toContainEqual({
        kind: 'precondition',
        name: note.kind === 'condition' ? note.name : '',
        change: note.kind === 'condition' ? note.change : '',
      });
    }
  });

  test("the threat is a move of rule threat-under-offensive, drawn below its probability, with the rule's motivation and the state it required", () => {
    const rule = scenario.policies.find((p) => p.id === 'threat-under-offensive')!;
    expect(threat).toMatchObject({
      type: 'WALKOUT_THREATENED',
      origin: 'policy',
      recorded: false,
      source: null,
    });
    expect(threat!.rule).toMatchObject({
      id: rule.id,
      probability: rule.probability,
      motivation: expect.objectContaining({ doc: rule.source!.doc, quote: rule.source!.quote }),
    });
    expect(threat!.rule!.roll).toBeLessThan(rule.probability);
    expect(deadline!.id).toBe(`${threat!.id}.deadline`);
    for (const [region, state] of Object.entries(rule.when.state ?? {})) {
      const note = threat!.notes.find((n) => n.kind === 'state' && n.region === region);
      expect(note).toMatchObject({ state });
      if (note!.step)
        expect(stepOf(note!.step.id).state[region as 'opposition'].startsWith(state)).toBe(true);
    }
  });

  test('the chain ends at the recorded offensive, with its source', () => {
    expect(offensive).toMatchObject({
      type: 'OFFENSIVE_LAUNCHED',
      origin: 'script',
      recorded: true,
      rule: null,
      notes: [],
    });
    expectEventSource(offensive!, scenario);
    expect(explanation.outcome.walkout.chain).toHaveLength(3);
  });

  test('parley explain prints the chain in lines of 80 columns at most, every link named', async () => {
    const { status, stdout, stderr } = await parley('explain', file, '--seed', String(seed));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain(
      `opposition: walkedOut since ${deadline!.date} <- ${deadline!.date} DEADLINE_PASSED #${deadline!.id}`,
    );
    expect(text).toMatch(/walkout deadline of \S+ passed with [a-zA-Z, ]+ unmet/);
    expect(text).toContain(
      `<- ${threat!.date} WALKOUT_THREATENED #${threat!.id} by High Negotiations Committee (rule threat-under-offensive, `,
    );
    expect(text).toContain(
      `<- ${offensive!.date} OFFENSIVE_LAUNCHED #aleppo-offensive by Syrian government forces`,
    );
    expect(text).toContain(`-- ${offensive!.source!.outlet}, ${offensive!.source!.published}`);
    expect(text).toContain('the rule\'s motivation: "');
  });

  test('parley explain --format json is the same data', async () => {
    const { status, stdout } = await parley(
      'explain',
      file,
      '--seed',
      String(seed),
      '--format',
      'json',
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(explanation)));
  });
});

describe.concurrent('parley explain on the command line', () => {
  test('--until explains the state on that date', async () => {
    const { status, stdout } = await parley(
      'explain',
      GENEVA,
      '--until',
      '2016-01-29',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const explanation = JSON.parse(stdout) as Explanation;
    expect(explanation.date).toBe('2016-01-29');
    expect(regionOf(explanation, 'government').chain[0]!.id).toBe('government-arrives');
  });

  test('text from a scenario file never reaches the terminal raw', async () => {
    const { status, stdout } = await parley(
      'explain',
      join(PACKAGE_ROOT, 'test/fixtures/hostile/control-text.yaml'),
    );
    expect(status).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
  });

  test.each([
    [['explain'], 'explain takes exactly one scenario FILE'],
    [
      ['explain', GENEVA, '--format', 'markdown'],
      '--format must be one of text, json, not "markdown"',
    ],
    [
      ['explain', GENEVA, '--until', '2016-02-30'],
      '--until 2016-02-30 is not a real date: check the day and the month',
    ],
  ])('%j: exit 2 with one line that says what is wrong', async (args, message) => {
    const { status, stderr } = await parley(...args);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`parley: ${message}`);
    expect(stderr).toContain('parley explain FILE');
  });

  test('an invalid file: its problems, exit 1', async () => {
    const { status, stderr } = await parley('explain', 'no-such-file.yaml');
    expect(status).toBe(1);
    expect(stderr).toContain('no-such-file.yaml');
    expect(stderr).not.toMatch(STACK_LINE);
  });

  test("--help: the command's usage", async () => {
    const { status, stdout } = await parley('explain', '--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage:\n {2}parley explain FILE/);
  });
});

describe('explain on a deadline that lapsed', () => {
  test('the lapse goes back to the step that halted the talks, not to the conditions left unmet', () => {
    const scenario = mustLoad(join(PACKAGE_ROOT, 'scenarios/what-if/no-preconditions.yaml'));
    const run = Array.from({ length: 100 }, (_, seed) => replay(scenario, { seed })).find((r) =>
      r.entries.some((e) =>
        e.step.effects.some((x) => x.kind === 'deadline' && x.change === 'lapsed'),
      ),
    )!;
    const [lapse] = regionOf(explain(run, catalog), 'opposition').chain;
    expect(lapse!.did).toContainEqual(
      expect.objectContaining({ kind: 'deadline', change: 'lapsed' }),
    );
    expect(lapse!.notes).toEqual([
      expect.objectContaining({
        kind: 'halted',
        state: 'suspended',
        // The step as a link of the chain: what it did, its source and rule, not the raw step.
        step: expect.objectContaining({ type: 'TALKS_SUSPENDED', did: expect.any(Array) }),
      }),
    ]);
  });
});

describe('explain on a rule that needs a condition met and a level of confidence', () => {
  const scenario = mustLoad(join(PACKAGE_ROOT, 'test/fixtures/explain/met-and-confidence.yaml'));
  const explained = () => explain(simulateOnce(scenario, 1, 0), catalog);

  test("the rule's move names the step that met its condition, and the confidence it saw", () => {
    const [boycott, trigger] = regionOf(explained(), 'opposition').chain;
    expect(boycott).toMatchObject({
      type: 'BOYCOTT_ANNOUNCED',
      rule: { id: 'boycott-once-strikes-stop' },
    });
    expect(boycott!.notes).toEqual([
      {
        kind: 'condition',
        name: 'endAirStrikes',
        met: true,
        change: 'met',
        step: expect.objectContaining({ id: 'strikes-paused', type: 'GESTURE_MADE' }),
      },
      { kind: 'confidence', below: 90, atLeast: 10, value: 42, step: null },
    ]);
    expect(trigger).toMatchObject({ id: 'envoy-meets-hnc', notes: [] });
  });

  test('the text says both, under the move', () => {
    const text = explanationLines(explained(), scenario).join('\n');
    expect(text).toContain('endAirStrikes met: met by 2016-02-02 GESTURE_MADE #strikes-paused');
    expect(text).toContain('required confidence below 90 and at least 10: it was 42');
  });
});

describe('explain on a rule that needs a condition unmet again, one met from the start, and a floor', () => {
  const scenario = mustLoad(join(PACKAGE_ROOT, 'test/fixtures/explain/unmet-since-start.yaml'));
  const explained = () => explain(simulateOnce(scenario, 1, 0), catalog);

  test("the rule's move names the offensive that unmet its condition, no step for the other, no ceiling", () => {
    const [boycott] = regionOf(explained(), 'opposition').chain;
    expect(boycott!.notes).toEqual([
      {
        kind: 'condition',
        name: 'endAirStrikes',
        met: false,
        change: 'unmet',
        step: expect.objectContaining({ id: 'offensive', type: 'OFFENSIVE_LAUNCHED' }),
      },
      { kind: 'condition', name: 'humanitarianAccess', met: true, change: null, step: null },
      { kind: 'confidence', below: null, atLeast: 10, value: 47, step: null },
    ]);
  });

  test('the text says each, under the move', () => {
    const text = explanationLines(explained(), scenario).join('\n');
    expect(text).toContain(
      'endAirStrikes unmet: unmet by 2016-02-03 OFFENSIVE_LAUNCHED #offensive',
    );
    expect(text).toContain('humanitarianAccess met: from the start');
    expect(text).toContain('required confidence at least 10: it was 47');
    expect(text).not.toContain('below');
  });
});

describe('explain, in the order and shape a reader follows', () => {
  const scenario = mustLoad(GENEVA);
  const run = replay(scenario, { until: '2016-02-03' });

  test('changes of confidence of the same size are listed in the order they came', () => {
    const { largest } = explain(run, catalog).outcome.confidence;
    const size = (l: (typeof largest)[number]) =>
      l.did[0]?.kind === 'confidence' ? Math.abs(l.did[0].by) : NaN;
    const ties = largest.filter((l, i) => i > 0 && size(largest[i - 1]!) === size(l));
    expect(ties.length).toBeGreaterThan(0);
    for (const [i, link] of largest.entries())
      if (i > 0 && size(largest[i - 1]!) === size(link))
        expect(link.index).toBeGreaterThan(largest[i - 1]!.index);
  });

  test('a region moved only by the first step is explained by it', () => {
    const small = replay(mustLoad(SMALL));
    const government = regionOf(explain(small, catalog), 'government');
    expect(government.since).toBe('2016-02-01');
    expect(government.chain.map((l) => l.id)).toEqual(['gov-arrives']);
  });
});

describe('explain at the edges of a run', () => {
  const scenarioOf = (id: string, lines: readonly string[]) =>
    mustLoad(whatIfFile(id, [...ENVOY_AND_OPPOSITION, ...lines]));

  test('a walkout on the first step is the outcome, with the step as its chain', () => {
    const scenario = scenarioOf('first-walkout', [
      'initial: { state: { opposition: attending } }',
      'events:',
      '  - { id: hnc-leaves, date: 2016-02-01, actor: hnc, type: WALKED_OUT }',
    ]);
    const { walkout } = explain(replay(scenario), catalog).outcome;
    expect(walkout).toMatchObject({ walkedOut: true, date: '2016-02-01' });
    expect(walkout.chain.map((l) => l.id)).toEqual(['hnc-leaves']);
  });

  test("a rule's note on the state its own trigger entered is left out: the trigger is the next link", () => {
    const scenario = scenarioOf('trigger-enters', [
      'events:',
      '  - { id: hnc-arrives, date: 2016-02-01, actor: hnc, type: DELEGATION_ARRIVED }',
      'policies:',
      '  - id: threat-on-arrival',
      '    when: { event: DELEGATION_ARRIVED, state: { opposition: attending } }',
      '    then: { actor: hnc, type: WALKOUT_THREATENED, payload: { deadline: +3d, conditions: [endAirStrikes] } }',
      '    probability: 1',
    ]);
    const [threat, arrival] = regionOf(
      explain(simulateOnce(scenario, 1, 0), catalog),
      'opposition',
    ).chain;
    expect(threat).toMatchObject({ type: 'WALKOUT_THREATENED', notes: [] });
    expect(arrival).toMatchObject({ id: 'hnc-arrives' });
  });

  test("a rule's state note names the step that put its own region there, not another region's like it", () => {
    const scenario = scenarioOf('same-state-name', [
      '  - { id: government, name: The government, role: government }',
      'events:',
      '  - { id: hnc-arrives, date: 2016-02-01, actor: hnc, type: DELEGATION_ARRIVED }',
      '  - { id: gov-arrives, date: 2016-02-02, actor: government, type: DELEGATION_ARRIVED }',
      '  - { id: envoy-meets-hnc, date: 2016-02-03, actor: envoy, type: ENVOY_MET, payload: { with: hnc } }',
      'policies:',
      '  - id: boycott-when-attending',
      '    when: { event: ENVOY_MET, state: { opposition: attending } }',
      '    then: { actor: hnc, type: BOYCOTT_ANNOUNCED }',
      '    probability: 1',
    ]);
    const [boycott] = regionOf(explain(simulateOnce(scenario, 1, 0), catalog), 'opposition').chain;
    expect(boycott!.notes).toEqual([
      expect.objectContaining({
        kind: 'state',
        region: 'opposition',
        state: 'attending',
        step: expect.objectContaining({ id: 'hnc-arrives' }),
      }),
    ]);
  });

  test('a source the catalog does not list is cited with no outlet or date', () => {
    const run = replay(mustLoad(GENEVA), { until: '2016-02-03' });
    const bare = explain(run, { ...catalog, sources: new Map() });
    const [link] = regionOf(bare, 'process').chain;
    expect(link!.source).toMatchObject({ outlet: null, published: null });
    expect(link!.source!.quote.length).toBeGreaterThan(0);
  });
});

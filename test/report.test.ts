/** What a reader gets from `parley replay`: the transcript, the handout, and text that is only text. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { markdownHandout } from '../src/report/markdown.js';
import { clean } from '../src/text/sanitize.js';
import { textTranscript } from '../src/report/text.js';
import { jsonReport } from '../src/report/json.js';
import { defaultCatalog } from '../src/engine/load.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { contextOf, latestState } from '../src/engine/run.js';
import type { Effect } from '../src/engine/effects.js';
import type { Precondition } from '../src/model/domain.js';
import { effectLine } from '../src/report/describe.js';
import { GENEVA, replayFile } from './helpers/scenarios.js';

const NO_OFFENSIVE = join(PACKAGE_ROOT, 'scenarios/what-if/no-aleppo-offensive.yaml');
const GOODWILL = join(PACKAGE_ROOT, 'scenarios/what-if/goodwill-gesture.yaml');

const run = replayFile(GENEVA);

describe('the text transcript', () => {
  const text = textTranscript(run, defaultCatalog());

  test('dates each event, names it by its id, and puts every effect and the quote under it', () => {
    expect(text).toContain(
      [
        '2016-02-01  FORMAL_START_DECLARED  Staffan de Mistura, UN Special Envoy for Syria  #formal-start',
        '    The mediator declares the negotiations formally under way.',
        '    process: preparatory -> proximityTalks.declared',
        '    confidence 11 -> 16 (+5)',
        '    claim: Staffan de Mistura says started',
        '    the policies gave this move 90%',
        '    "De Mistura declared the talks officially under way late Monday"',
        '      -- Voice of America (republished by GlobalSecurity.org), 2016-02-02',
      ].join('\n'),
    );
  });

  test('the Aleppo offensive shows the confidence it cost, and the walkout threat the deadline it set', () => {
    expect(text).toContain(
      [
        '2016-02-01  OFFENSIVE_LAUNCHED  Syrian government forces  #aleppo-offensive',
        '    A military offensive starts or intensifies while the talks go on.',
        '    area: north of Aleppo; intensity: massive',
        '    confidence 24 -> 4 (-20)',
        '    offensive by Syrian government forces: north of Aleppo, massive',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        '    opposition: attending -> walkoutThreat',
        '    walkout deadline set for 2016-02-05: endAirStrikes, releaseDetainees,',
        '    humanitarianAccess, liftSieges unmet',
      ].join('\n'),
    );
  });

  test("marks a rule's move [rule], says it has no source of its own, and labels its rule's quote as motivation", () => {
    const whatIf = textTranscript(replayFile(NO_OFFENSIVE), defaultCatalog());
    expect(whatIf).toContain(
      [
        '2016-02-01  CEASEFIRE_CALLED  Staffan de Mistura, UN Special Envoy for Syria  [rule]',
        '    Someone puts a ceasefire on the agenda.',
        '    scope: talks in the International Syria Support Group',
        '    ceasefireTrack: offAgenda -> proposed',
        '    rule ceasefire-alongside-talks (90%), set off by #declare-start@16: no',
        '    source of its own',
        '    the rule\'s motivation: "when the Geneva talks will actually start, in',
      ].join('\n'),
    );
    expect(whatIf).not.toMatch(/#\S*@\S*\n/);
    expect(text).not.toContain('[rule]');
  });

  test('marks an event a what-if added [what-if], beside its id, and spells the marks out at the top', () => {
    const goodwill = textTranscript(replayFile(GOODWILL), defaultCatalog());
    expect(goodwill.split('\n').slice(2, 8)).toEqual([
      '',
      '[what-if] an event a what-if added or changed: not on the record',
      "[rule] a move an actor's rule made, drawn by chance: not on the record, no",
      '       source of its own',
      '',
      '2016-01-25  TALKS_DELAYED  Staffan de Mistura, UN Special Envoy for Syria  #talks-postponed',
    ]);
    // Only the marks a run uses are spelled out.
    expect(
      textTranscript(replayFile('test/fixtures/engine/no-pause.yaml'), defaultCatalog()),
    ).toContain(
      "[clock] a walkout deadline passing on the model's clock: not on the record, no\n        source of its own\n",
    );
    expect(text).not.toContain('[what-if]');
    expect(goodwill).toContain(
      [
        '2016-01-27  GESTURE_MADE  Syrian government delegation (Bashar al-Jaafari)  #detainees-and-aid [what-if]',
        "    A goodwill measure that meets one or more of the opposition's conditions.",
        '    meets: releaseDetainees, humanitarianAccess; description: detainees released',
        '    and an aid convoy let into a besieged town',
        '    confidence 30 -> 50 (+20)',
        '    releaseDetainees met',
        '    humanitarianAccess met',
        '    what-if: not on the record, no source',
      ].join('\n'),
    );
    expect(goodwill).toMatch(
      /\n2016-01-26 {2}PRECONDITIONS_DEMANDED {2}High Negotiations Committee \(opposition\) {2}#conditions-letter\n/,
    );
  });

  test('says "no state change" exactly for the steps that changed nothing', () => {
    const blocks = text.split('\n\n').filter((b) => /^\d{4}-\d{2}-\d{2} /.test(b));
    expect(blocks).toHaveLength(run.entries.length);
    for (const [i, { step }] of run.entries.entries()) {
      expect(blocks[i]!.includes('\n    no state change\n'), step.id).toBe(
        step.effects.length === 0,
      );
    }
    expect(run.entries.filter(({ step }) => step.effects.length === 0).length).toBeGreaterThan(0);
  });

  test("wraps notes and quotes at 80 columns under their indentation; only an event's first line may be longer", () => {
    expect(text).toContain(
      [
        '    note: Friday 5 February is the deadline; the conditions are ceasefires,',
        '    detainee releases and aid to the besieged areas.',
        '    "The opposition-rebel bloc in the Geneva talks pointed to a withdrawal by',
        '    Friday, as there was no advance towards ceasefires, detainee releases, and',
        '    access to aid"',
      ].join('\n'),
    );
    const long = text.split('\n').filter((line) => line.length > 80);
    expect(long.length).toBeGreaterThan(0);
    for (const line of long)
      expect(line).toMatch(
        /^\d{4}-\d{2}-\d{2} {2}[A-Z_]+ {2}.* {2}(#[a-z0-9._-]+( \[what-if\])?|\[rule\]|\[clock\])$/,
      );
  });

  test('a quote that opens with a quotation shows it in single quotes inside the double ones', () => {
    expect(text).toContain(
      `    "'We will not be in Geneva tomorrow,' said another opposition source."\n`,
    );
  });

  test('ends with where the talks stood', () => {
    expect(text).toMatch(
      /Outcome on 2016-03-24\n {4}process: concluded\n {4}opposition: attending\n {4}government: attending\n {4}ceasefireTrack: inForce\n/,
    );
    expect(text).not.toContain('pending walkout deadline');
  });
});

test.each([
  ['the Geneva record', GENEVA],
  ['a what-if whose rules move', NO_OFFENSIVE],
  ['a what-if that adds a gesture', GOODWILL],
])(
  'the confidence effects of %s add up, step by step, to the change over the run',
  (_name, path) => {
    const played = replayFile(path);
    const changes = played.entries
      .flatMap(({ step }) => step.effects)
      .filter((e) => e.kind === 'confidence');
    let level = contextOf(played.initial).confidence;
    for (const change of changes) {
      expect(change.from).toBe(level);
      expect(change.to - change.from).toBe(change.by);
      level = change.to;
    }
    expect(changes.reduce((sum, c) => sum + c.by, 0)).toBe(
      contextOf(latestState(played)).confidence - contextOf(played.initial).confidence,
    );
    expect(changes.length).toBeGreaterThan(5);
  },
);

test('a walkout deadline reads as what became of it', () => {
  const deadline = (
    change: 'set' | 'cancelled' | 'lapsed' | 'fired' | 'met',
    unmet: Precondition[],
  ) =>
    ({
      kind: 'deadline',
      change,
      date: '2016-02-05',
      conditions: ['endAirStrikes', 'liftSieges'],
      unmet,
    }) as const;
  const line = (effect: Effect, type = 'DEADLINE_PASSED') => effectLine(run.scenario, effect, type);
  expect(line(deadline('set', ['endAirStrikes', 'liftSieges']), 'WALKOUT_THREATENED')).toBe(
    'walkout deadline set for 2016-02-05: endAirStrikes, liftSieges unmet',
  );
  expect(line(deadline('fired', ['liftSieges']))).toBe(
    'walkout deadline of 2016-02-05 passed with liftSieges unmet: the opposition walks out',
  );
  expect(line(deadline('lapsed', ['liftSieges']))).toBe(
    'walkout deadline of 2016-02-05 lapsed: the talks were not sitting',
  );
  expect(line(deadline('met', []))).toBe(
    'walkout deadline of 2016-02-05 passed with every condition met',
  );
  expect(line(deadline('cancelled', ['liftSieges']), 'THREAT_WITHDRAWN')).toBe(
    'walkout deadline of 2016-02-05 withdrawn',
  );
  expect(line(deadline('cancelled', ['liftSieges']), 'WALKED_OUT')).toBe(
    'walkout deadline of 2016-02-05 overtaken: the opposition walked out first',
  );
  expect(
    line({ kind: 'precondition', name: 'liftSieges', change: 'unmet' }, 'OFFENSIVE_LAUNCHED'),
  ).toBe('liftSieges no longer met');
  expect(
    line({ kind: 'assessment', actor: 'de-mistura', level: 5, model: 0 }, 'CONFIDENCE_ASSESSED'),
  ).toBe('Staffan de Mistura assessed confidence at 5 (the model: 0)');
});

describe('the markdown handout', () => {
  const handout = markdownHandout(run, defaultCatalog());

  test('numbers every event and cites its source in a list at the end', () => {
    expect(handout).toContain('### 36. 2016-02-03: The mediator pauses the talks.');
    expect(handout).toMatch(/> \(AFP \(via Zee News\), 2016-02-03\) \[(\d+)\]/);
    expect(handout).toContain('## Sources');
    expect(handout).toContain(
      `> "'We will not be in Geneva tomorrow,' said another opposition source."`,
    );
    expect(handout).toContain(
      '"Syria Talks Plunge Into Disarray on 2nd Day", Luis Ramirez, 2016-02-02.',
    );
  });

  test('shows both claims about the disputed start', () => {
    expect(handout).toContain('- Staffan de Mistura, UN Special Envoy for Syria: started');
    expect(handout).toContain('- Syrian government delegation (Bashar al-Jaafari): preparatory');
  });
});

describe('the JSON run', () => {
  test('has the shape the README documents for replay --format json', () => {
    const parsed = JSON.parse(jsonReport(run));
    expect(Object.keys(parsed)).toEqual(['scenario', 'seed', 'steps', 'outcome']);
    expect(parsed.steps[0]).toMatchObject({
      index: 0,
      id: 'talks-postponed',
      date: '2016-01-25',
      type: 'TALKS_DELAYED',
      actor: 'de-mistura',
      origin: 'script',
      accepted: true,
      source: { doc: 'rferl-2016-01-25', quote: expect.any(String) },
      state: {
        process: 'delayed',
        opposition: 'undecided',
        government: 'undecided',
        ceasefireTrack: 'offAgenda',
      },
    });
  });
});

describe('text from files is data', () => {
  test.each([
    ['CSI colour', 'a\u001B[31mred\u001B[0m b', 'ared b'],
    ['OSC 8 link', '\u001B]8;;http://x\u0007link\u001B]8;;\u0007', 'link'],
    ['bell, backspace, carriage return', 'a\u0007b\bc\rd', 'a b c d'],
    ['C1 CSI', 'x\u009B2Jy', 'xy'],
    ['Arabic text is kept', 'هيئة المفاوضات', 'هيئة المفاوضات'],
  ])('%s', (_name, input, expected) => {
    expect(clean(input)).toBe(expected);
  });
});

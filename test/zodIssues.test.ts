/** Schema problems in parley's words, at the field's line and column, with the nearest valid name. */
import { describe, expect, test } from 'vitest';
import { scenarioSchema } from '../src/scenario/schema.js';
import { parseYaml } from '../src/scenario/yamlFile.js';
import { pathLabel, zodDiagnostics } from '../src/scenario/zodIssues.js';

const BASE = ['id: x', 'title: T', 'start: 2016-01-25'];
/** The problems of the base file with `lines` after it: `line:col message | hint`. */
const problems = (...lines: string[]): string[] => {
  const file = parseYaml('f.yaml', [...BASE, ...lines, ''].join('\n'));
  expect(file.errors).toEqual([]);
  const parsed = scenarioSchema.safeParse(file.data);
  if (parsed.success) return [];
  return zodDiagnostics(parsed.error, file, [], scenarioSchema).map(
    (d) => `${d.line}:${d.col} ${d.message}${d.hint ? ` | ${d.hint}` : ''}`,
  );
};
const event = (fields: string) => [
  'events:',
  `  - { id: e1, date: 2016-01-26, actor: hnc, ${fields} }`,
];
const rule = (fields: string) => ['policies:', `  - { id: r, ${fields} }`];

test('a path reads as it is written; the empty path is the file', () => {
  expect(pathLabel(['events', 3, 'type'])).toBe('events[3].type');
  expect(pathLabel(['policies', 0, 'when', 'state'])).toBe('policies[0].when.state');
  expect(pathLabel([])).toBe('the file');
});

describe('unknown fields', () => {
  test('the first is named, the others listed after it; the hint is the nearest field', () => {
    expect(problems('titel: U', 'colour: red', 'zzz: 1')).toEqual([
      '4:1 the file: unknown field "titel" (and "colour", "zzz") | did you mean title?',
    ]);
  });

  test('a field with a space in it was most likely text with a comma inside { }', () => {
    expect(problems('"a b": 1')).toEqual([
      '4:1 the file: unknown field "a b" | inside { } a comma starts a new field: put quotes around text that contains a comma',
    ]);
  });

  test('a field like none: remove it', () => {
    expect(problems('expect:', '  - { on: 2016-01-26, bogus: 1 }')).toEqual([
      '5:23 expect[0]: unknown field "bogus" | remove it, or check its spelling and indentation',
    ]);
  });

  test('a misspelt required field is said once, as the misspelling, naming the field it meant', () => {
    expect(problems(...event('tpye: ENVOY_MET'))).toEqual([
      '5:45 events[0]: unknown field "tpye" | did you mean type?',
    ]);
  });
});

describe('values', () => {
  test('an unknown event type, with the nearest; DEADLINE_PASSED, which only the clock raises', () => {
    expect(problems(...event('type: BOYCOT_ANNOUNCED'))).toEqual([
      '5:51 events[0].type: unknown event type "BOYCOT_ANNOUNCED" | did you mean BOYCOTT_ANNOUNCED?',
    ]);
    expect(problems(...event('type: DEADLINE_PASSED'))).toEqual([
      '5:51 events[0].type: DEADLINE_PASSED is raised by the simulated clock, never written in a scenario | give WALKOUT_THREATENED a `deadline`: when it passes with the conditions unmet, the clock raises DEADLINE_PASSED',
    ]);
  });

  test("a rule's move that is an event type but no actor's own move lists the moves a rule can make", () => {
    const [message] = problems(...rule('then: { actor: hnc, type: ENVOY_MET }, probability: 1'));
    expect(message).toMatch(
      /^5:40 policies\[0\]\.then\.type: ENVOY_MET is not a move a policy can make \| policies make the actors' own moves: BOYCOTT_ANNOUNCED, .*, TALKS_COLLAPSED$/,
    );
    expect(problems(...rule('then: { actor: hnc, type: NOT_A_MOVE }, probability: 1'))).toEqual([
      expect.stringMatching(/^5:40 policies\[0\]\.then\.type: unknown event type "NOT_A_MOVE" \| /),
    ]);
  });

  test('a field with no name of its own is an unknown value', () => {
    expect(problems('kind: maybe')).toEqual([
      '4:7 kind: unknown kind "maybe" | valid values: record, what-if',
    ]);
  });

  test('a value of the wrong type says what it found; a number field says it in its own words', () => {
    expect(problems('events: 3')).toEqual(['4:9 events: expected array, found number 3']);
    expect(problems(...event('type: ENVOY_MET, source: 3'))).toEqual([
      '5:70 events[0].source: expected object, found number 3',
    ]);
    expect(problems(...rule('then: { actor: hnc, type: WALKED_OUT }, probability: 2'))).toEqual([
      '5:67 policies[0].probability: must be between 0 and 1, not 2',
    ]);
  });

  test('a missing field is placed at the mapping that lacks it, and says what it needs', () => {
    expect(problems('events:', '  - { id: e1, date: 2016-01-26, actor: hnc }')).toEqual([
      '5:5 events[0]: missing required field "type" | add it: `parley events` lists each event type',
    ]);
    expect(problems('actors:', '  - { id: hnc, name: HNC }').slice(0, 1)).toEqual([
      '5:5 actors[0]: missing required field "role" | add it (one of envoy, host, government, opposition, forces, sponsor, armedGroup, observer)',
    ]);
  });

  test('an empty list entry is a null, not a crash', () => {
    expect(
      problems('events:', '  -', '  - { id: e2, date: 2016-01-26, actor: hnc, type: ENVOY_MET }'),
    ).toEqual(['5:4 events[0]: expected object, found null']);
  });

  test('a value of a list with no name of its own is an unknown value, with the valid ones', () => {
    expect(
      problems(
        ...rule(
          'when: { unmet: [nothing] }, then: { actor: hnc, type: WALKED_OUT }, probability: 1',
        ),
      ),
    ).toEqual([
      '5:30 policies[0].when.unmet[0]: unknown value "nothing" | valid values: endAirStrikes, liftSieges, releaseDetainees, humanitarianAccess',
    ]);
  });

  test('a misspelling in one event does not hide the field another event lacks', () => {
    expect(
      problems(
        'events:',
        '  - { id: e1, date: 2016-01-26, actor: hnc, tpye: ENVOY_MET }',
        '  - { id: e2, date: 2016-01-26, actor: hnc }',
      ),
    ).toEqual([
      '5:45 events[0]: unknown field "tpye" | did you mean type?',
      '6:5 events[1]: missing required field "type" | add it: `parley events` lists each event type',
    ]);
  });
});

describe('values a number or an event type field refuses', () => {
  test('a number field given text says so in its own words, whole or not', () => {
    expect(problems('initial: { confidence: high }')).toEqual([
      '4:24 initial.confidence: must be between 0 and 100, not "high"',
    ]);
    expect(problems('seed: x')).toEqual(['4:7 seed: must be a whole number, 0 or more, not "x"']);
  });

  test('only an event’s type is told that the clock raises DEADLINE_PASSED', () => {
    expect(problems('actors:', '  - { id: a, name: A, role: DEADLINE_PASSED }')).toEqual([
      '5:29 actors[0].role: unknown role "DEADLINE_PASSED" | valid values: envoy, host, government, opposition, forces, sponsor, armedGroup, observer',
    ]);
  });
});

test('an empty name is refused in parley’s words, not the schema’s', () => {
  expect(problems('actors:', '  - { id: a, name: "", role: envoy }')).toEqual([
    '5:20 actors[0].name: must not be empty',
  ]);
});

describe('a misspelling standing for a missing field', () => {
  test('one of several unknown fields close to the missing one explains it', () => {
    expect(problems(...event('tpye: ENVOY_MET, zzz: 1'))).toEqual([
      '5:45 events[0]: unknown field "tpye" (and "zzz") | did you mean type?',
    ]);
  });

  test('a misspelling explains only a field missing from its own mapping', () => {
    expect(
      problems('events:', '  - { id: e1, date: 2016-01-26, type: ENVOY_MET, acter: x }'),
    ).toEqual(['5:50 events[0]: unknown field "acter" | did you mean actor?']);
    expect(
      problems(
        'events:',
        '  - { id: e1, date: 2016-01-26, type: ENVOY_MET, source: { doc: d, quote: q, acter: x } }',
      ),
    ).toEqual([
      '5:5 events[0]: missing required field "actor" | add it (string expected)',
      '5:78 events[0].source: unknown field "acter" | remove it, or check its spelling and indentation',
    ]);
  });
});

test('a misspelt field is compared with the fields of its own mapping, each named once', () => {
  expect(problems(...event('type: STATEMENT_ISSUED, nots: said'))).toEqual([
    '5:69 events[0]: unknown field "nots" | did you mean note?',
  ]);
  expect(
    problems(
      ...rule(
        'then: { actor: hnc, type: WALKED_OUT }, when: { event: ENVOY_MET, confidenceBellow: 10 }',
      ),
    ),
  ).toEqual([
    '5:80 policies[0].when: unknown field "confidenceBellow" | did you mean confidenceBelow?',
  ]);
});

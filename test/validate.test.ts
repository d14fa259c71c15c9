/**
 * Bad input: one broken file per mistake, with the exact position, message and hint expected,
 * through the loader and through the `parley` command a user types.
 */
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../src/scenario/diagnostics.js';
import { loadScenario } from '../src/engine/load.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { POLICY_MOVES } from '../src/scenario/policySchema.js';
import { ensureBuilt, parley, STACK_LINE } from './helpers/cli.js';
import { GENEVA } from './helpers/scenarios.js';

const BROKEN = join(PACKAGE_ROOT, 'test/fixtures/broken');
const WHATIF = join(PACKAGE_ROOT, 'test/fixtures/whatif');

/** A path as the diagnostics show it: relative to where parley runs. */
const shown = (path: string): string => relative(process.cwd(), path) || path;
const broken = (name: string): string => join(BROKEN, name);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Expected {
  /** `line:col` in the fixture itself, or `other.yaml:line:col`. */
  readonly at: string;
  readonly message: string;
  readonly hint?: string;
}

const at =
  (fixture: string) =>
  (d: Diagnostic): Expected => ({
    at: `${d.file === shown(broken(fixture)) ? '' : `${basename(d.file)}:`}${d.line}:${d.col}`,
    message: d.message,
    hint: d.hint,
  });

const QUOTE_HINT = (doc: string) =>
  `copy the words exactly from an excerpt in seeds/${doc}.yaml, or add the excerpt there`;
const NO_SOURCE_HINT =
  'a recorded event cites `source: {doc, quote}`; mark the file `kind: what-if` for hypothetical events';
const chain = (...names: string[]) => names.map((n) => shown(broken(n))).join(' -> ');

/** Every file in test/fixtures/broken, and exactly what `parley validate` says about it. */
const CASES: Record<string, readonly Expected[]> = {
  'misspelt-type.yaml': [
    {
      at: '18:11',
      message: 'events[1].type: unknown event type "BOYCOT_ANNOUNCED"',
      hint: 'did you mean BOYCOTT_ANNOUNCED?',
    },
  ],
  'unknown-actor.yaml': [
    { at: '17:12', message: 'event "boycott": unknown actor "hcn"', hint: 'did you mean hnc?' },
  ],
  'role-cannot-send.yaml': [
    {
      at: '17:12',
      message: 'event "boycott": de-mistura (envoy) cannot send BOYCOTT_ANNOUNCED',
      hint: 'BOYCOTT_ANNOUNCED is sent by: opposition',
    },
  ],
  'bad-date.yaml': [
    {
      at: '16:11',
      message: 'events[1].date: "2016-02-30" is not a real date: check the day and the month',
    },
  ],
  'date-format.yaml': [
    {
      at: '16:11',
      message: 'events[1].date: "28/01/2016" must be written YYYY-MM-DD, e.g. 2016-01-29',
    },
  ],
  'out-of-order.yaml': [
    {
      at: '24:11',
      message:
        'event "boycott": events out of date order: 2016-01-28 is listed after "talks-postponed" on 2016-01-29',
      hint: 'events must be listed in date order; move this event or fix its date',
    },
  ],
  'quote-not-in-source.yaml': [
    {
      at: '21:14',
      message: 'event "boycott": quote not found in source "ahram-2016-01-28"',
      hint: QUOTE_HINT('ahram-2016-01-28'),
    },
  ],
  'unknown-source-doc.yaml': [
    {
      at: '20:12',
      message: 'event "boycott": unknown source document "ahram-2016-01-29"',
      hint: 'did you mean ahram-2016-01-28?',
    },
  ],
  'missing-source.yaml': [
    { at: '15:5', message: 'event "boycott": has no source', hint: NO_SOURCE_HINT },
  ],
  'extends-missing.yaml': [
    {
      at: '3:10',
      message: 'extends: cannot find scenario "geneva-2061"',
      hint: 'did you mean geneva-2016?',
    },
  ],
  'remove-missing-id.yaml': [
    {
      at: '4:10',
      message: 'no event "boycot" in the base scenario',
      hint: 'did you mean boycott?',
    },
  ],
  'dates-and-actors.yaml': [
    {
      at: '11:77',
      message: 'event "meeting": unknown actor "govt" in payload.with',
      hint: 'did you mean gov?',
    },
    {
      at: '12:39',
      message: 'event "both": has both `date` and `at`',
      hint: 'keep one: a date, or days after the start',
    },
    {
      at: '13:5',
      message: 'event "undated": has no date',
      hint: 'add `date: YYYY-MM-DD` (or `at: +Nd`, days after the start)',
    },
    {
      at: '16:38',
      message: 'policy "answer": unknown actor "envy"',
      hint: 'did you mean envoy?',
    },
    {
      at: '19:9',
      message: 'policy "answer": duplicate policy id',
      hint: 'a what-if changes a base policy by using its id once',
    },
  ],
  'before-start.yaml': [
    {
      at: '9:24',
      message: 'event "early": date 2016-01-30 is before the scenario start 2016-02-01',
      hint: 'move `start` earlier, or fix the date',
    },
  ],
  'no-start.yaml': [
    {
      at: '2:1',
      message: 'missing required field "start"',
      hint: 'add `start: YYYY-MM-DD`, the first day of the scenario',
    },
  ],
  'insert-out-of-order.yaml': [
    {
      at: '10:37',
      message:
        'event "late-statement": events out of date order: 2016-03-01 is listed before "ceasefire-call" on 2016-02-01',
      hint: 'events must be listed in date order; move this event or fix its date',
    },
  ],
  'team-without-teams.yaml': [
    {
      at: '10:82',
      message: 'event "arrives": team "opposition" marks a move, but the file names no teams:',
      hint: 'name the teams, e.g. `teams: { opposition: hnc }`, or remove the mark',
    },
  ],
  'team-of-nobody.yaml': [
    {
      at: '6:18',
      message: 'teams: team rebels plays unknown actor "xyzzy"',
      hint: 'declared actors: envoy, hnc',
    },
  ],
  // Entries that do not fit the schema are reported, and every other entry is still checked.
  'shape-and-domain.yaml': [
    {
      at: '7:41',
      message: 'replace[0]: unknown field "colour"',
      hint: 'remove it, or check its spelling and indentation',
    },
    { at: '8:27', message: 'event "boycott": unknown actor "hnk"', hint: 'did you mean hnc?' },
    {
      at: '12:64',
      message: 'insert[0].events[0].type: unknown event type "GESTURE_MAD"',
      hint: 'did you mean GESTURE_MADE?',
    },
    {
      at: '13:54',
      message: 'event "wrong-sender": de-mistura (envoy) cannot send WALKED_OUT',
      hint: 'WALKED_OUT is sent by: government, opposition',
    },
    {
      at: '14:13',
      message: 'no event "formal-strt" in the base scenario',
      hint: 'did you mean formal-start?',
    },
    {
      at: '19:61',
      message: 'policy "p1": unknown opposition state "atending"',
      hint: 'did you mean attending?',
    },
    { at: '21:18', message: 'policies[0].probability: must be between 0 and 1, not 1.5' },
  ],
  'anchor-removed.yaml': [
    {
      at: '6:24',
      message: 'no event "zzzzzzzzzzzz" in the base scenario',
      hint: "`parley replay` of the base shows each event's id, after a # on its first line",
    },
    {
      at: '8:12',
      message: 'event "formal-start" is removed by this file\'s `remove` list',
      hint: 'name a neighbouring event instead, or keep this one',
    },
  ],
  'whatif-out-of-order.yaml': [
    {
      at: '8:26',
      message:
        'event "earlier": events out of date order: 2016-02-07 is listed after "later" on 2016-02-09',
      hint: 'events must be listed in date order; move this event or fix its date',
    },
  ],
  'replace-missing-id.yaml': [
    {
      at: '5:9',
      message: 'no event "walkout-thread" in the base scenario',
      hint: 'did you mean walkout-threat?',
    },
  ],
  'insert-missing-anchor.yaml': [
    {
      at: '5:12',
      message: 'no event "formal-started" in the base scenario',
      hint: 'did you mean formal-start?',
    },
  ],
  'insert-both-anchors.yaml': [
    {
      at: '5:5',
      message: 'insert: give exactly one of `before` or `after`',
      hint: 'e.g. `after: formal-start`',
    },
  ],
  'yaml-syntax.yaml': [
    // Where the quote opens, not the end of the file where the parser gave up looking for its close.
    {
      at: '21:14',
      message: 'YAML: a quoted value is never closed',
      hint: "the quote that opens here is never closed and runs on to the end of the file: end the value with '",
    },
  ],
  // Where the mistake is, not on the line above where the parser noticed a value running on.
  'over-indented.yaml': [
    {
      at: '7:6',
      message: 'YAML: this line is indented 1 more than the keys above it',
      hint: 'keys of one mapping start in the same column; a value that goes on a line of its own is indented under its key',
    },
  ],
  'tab-indent.yaml': [
    {
      at: '6:1',
      message: 'YAML: a tab indents this line',
      hint: 'indent with spaces: YAML does not allow tabs (most editors can turn tabs into spaces)',
    },
  ],
  // The lines after a tab, which the parser misreads, are not reported as mistakes of their own.
  'tab-in-mapping.yaml': [
    {
      at: '9:1',
      message: 'YAML: a tab indents this line',
      hint: 'indent with spaces: YAML does not allow tabs (most editors can turn tabs into spaces)',
    },
  ],
  'duplicate-key.yaml': [
    {
      at: '18:5',
      message: 'YAML: key "date" appears twice in this mapping',
      hint: 'each key may appear once in a mapping',
    },
  ],
  'duplicate-event-id.yaml': [
    {
      at: '15:9',
      message: 'event "talks-postponed": duplicate event id',
      hint: `first used at ${shown(broken('duplicate-event-id.yaml'))}:8:5; ids must be unique`,
    },
  ],
  'unknown-field.yaml': [
    // One mistake, one message: the misspelt `actr` is not also reported as a missing `actor`.
    { at: '17:5', message: 'events[1]: unknown field "actr"', hint: 'did you mean actor?' },
  ],
  'payload-missing-field.yaml': [
    {
      at: '11:14',
      message: 'event "walkout-threat": events[0].payload: missing required field "conditions"',
      hint: 'add it (array expected)',
    },
  ],
  'payload-unknown-field.yaml': [
    {
      at: '11:38',
      message: 'event "walkout-threat": events[0].payload: unknown field "condition"',
      hint: 'did you mean conditions?',
    },
  ],
  'deadline-before-date.yaml': [
    {
      at: '11:26',
      message:
        'event "walkout-threat": deadline 2016-01-29 is before the event\'s own date 2016-02-02',
    },
  ],
  'empty.yaml': [
    { at: '1:1', message: 'is empty', hint: 'copy a file from scenarios/ to start from' },
  ],
  'list-not-mapping.yaml': [
    {
      at: '1:1',
      message:
        'a scenario file must be a mapping of fields (id, title, start, actors, events, ...)',
    },
  ],
  // The cycle is reported once, at the `extends` that closes it; no "missing start" follows from it.
  'cycle-a.yaml': [
    {
      at: 'cycle-b.yaml:3:10',
      message: 'extends: "cycle-a.yaml" leads back to a file already in the chain',
      hint: chain('cycle-a.yaml', 'cycle-b.yaml', 'cycle-a.yaml'),
    },
  ],
  'cycle-b.yaml': [
    {
      at: 'cycle-a.yaml:3:10',
      message: 'extends: "cycle-b.yaml" leads back to a file already in the chain',
      hint: chain('cycle-b.yaml', 'cycle-a.yaml', 'cycle-b.yaml'),
    },
  ],
  'deadline-passed-by-hand.yaml': [
    {
      at: '18:11',
      message:
        'events[1].type: DEADLINE_PASSED is raised by the simulated clock, never written in a scenario',
      hint: 'give WALKOUT_THREATENED a `deadline`: when it passes with the conditions unmet, the clock raises DEADLINE_PASSED',
    },
  ],
  'policy-numbers.yaml': [
    { at: '8:18', message: 'policies[0].probability: must be between 0 and 1, not 1.5' },
    {
      at: '9:12',
      message: 'policies[0].delay: must be a whole number of days from 0 to 365, not -1',
    },
    {
      at: '12:38',
      message: 'policies[1].then.type: STATEMENT_ISSUED is not a move a policy can make',
      hint: `policies make the actors' own moves: ${POLICY_MOVES.join(', ')}`,
    },
    {
      at: '14:12',
      message: 'policies[1].delay: must be a whole number of days from 0 to 365, not 1.5',
    },
  ],
  'override-unknown-rule.yaml': [
    {
      at: '7:11',
      message:
        'policy "threat-under-ofensive": no rule of that id in the base scenario to override (a new rule needs `when`, `then`)',
      hint: 'did you mean threat-under-offensive?',
    },
  ],
  'new-rule-not-whole.yaml': [
    {
      at: '8:5',
      message: 'policies[0]: missing required field "then"',
      hint: "a rule needs when, then, probability; only a what-if's override of a base rule may leave them out",
    },
    {
      at: '8:5',
      message: 'policies[0]: missing required field "when"',
      hint: "a rule needs when, then, probability; only a what-if's override of a base rule may leave them out",
    },
  ],
  'no-title.yaml': [
    {
      at: '1:1',
      message: 'missing required field "title"',
      hint: 'add it (string expected)',
    },
  ],
  'policy-relative-date.yaml': [
    {
      at: '7:72',
      message:
        'policy "threat-under-offensive": policies[0].then.payload.deadline: "+3x" must be a date written YYYY-MM-DD or +Nd (N days after the policy\'s move, e.g. +3d)',
    },
  ],
  'several-mistakes.yaml': [
    {
      at: '11:11',
      message: 'events[0].type: unknown event type "TALKS_DELAYD"',
      hint: 'did you mean TALKS_DELAYED?',
    },
    { at: '17:12', message: 'event "boycott": unknown actor "hcn"', hint: 'did you mean hnc?' },
    {
      at: '23:11',
      message: 'events[2].date: "2016-01-32" is not a real date: check the day and the month',
    },
    {
      at: '35:14',
      message: 'event "formal-start": quote not found in source "voa-2016-02-02"',
      hint: QUOTE_HINT('voa-2016-02-02'),
    },
    { at: '36:5', message: 'event "boycott": has no source', hint: NO_SOURCE_HINT },
    {
      at: '36:9',
      message: 'event "boycott": duplicate event id',
      hint: `first used at ${shown(broken('several-mistakes.yaml'))}:15:5; ids must be unique`,
    },
  ],
};

const ROWS = Object.entries(CASES);
const VALID = [GENEVA, ...readdirSync(WHATIF).map((f) => join(WHATIF, f))];

describe('loadScenario on broken files', () => {
  test('every broken fixture has its expectations here', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(Object.keys(CASES).sort());
  });

  test.each(ROWS)('%s', (fixture, expected) => {
    const { scenario, diagnostics } = loadScenario(broken(fixture));
    expect(scenario).toBeNull();
    expect(diagnostics.map(at(fixture))).toEqual(expected);
  });

  test.each(VALID.map((f) => [basename(f), f]))('%s is valid', (_name, file) => {
    expect(loadScenario(file).diagnostics).toEqual([]);
  });
});

/** What the command prints for a broken fixture: `file:line:col: message`, then the hint. */
const printed = (fixture: string): string =>
  CASES[fixture]!.map(({ at: where, message, hint }) => {
    const parts = where.split(':');
    const file = shown(broken(parts.length === 3 ? parts[0]! : fixture));
    return `${formatDiagnostic({ file, line: Number(parts.at(-2)), col: Number(parts.at(-1)), message, ...(hint ? { hint } : {}) })}\n`;
  }).join('');

describe.concurrent('parley on the command line', () => {
  beforeAll(() => {
    ensureBuilt();
  });

  test.each(ROWS)(
    'validate %s: exit 1, file:line:col: message on stderr, no stack trace',
    async (fixture, expected) => {
      const { status, stdout, stderr } = await parley('validate', broken(fixture));
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `${printed(fixture)}${expected.length} problem${expected.length === 1 ? '' : 's'} found\n`,
      );
      expect(stderr).not.toMatch(STACK_LINE);
    },
  );

  // One fixture for each stage a file can fail at: reading, YAML, `extends`, patches, schema and domain checks.
  const REPLAYED = [
    'empty.yaml',
    'yaml-syntax.yaml',
    'cycle-a.yaml',
    'insert-missing-anchor.yaml',
    'several-mistakes.yaml',
  ];
  test.each(REPLAYED)(
    'replay %s: the same diagnostics, exit 1, nothing on stdout',
    async (fixture) => {
      const { status, stdout, stderr } = await parley('replay', broken(fixture));
      expect({ status, stdout, stderr }).toEqual({
        status: 1,
        stdout: '',
        stderr: printed(fixture),
      });
    },
  );

  test('validate reports every file it is given, and exits 1 if any is broken', async () => {
    const { status, stdout, stderr } = await parley(
      'validate',
      GENEVA,
      broken('unknown-actor.yaml'),
      broken('misspelt-type.yaml'),
    );
    expect(status).toBe(1);
    expect(stdout).toBe(`${GENEVA}: ok (47 events)\n`);
    expect(stderr).toBe(
      `${printed('unknown-actor.yaml')}${printed('misspelt-type.yaml')}2 problems found\n`,
    );
  });

  test('validate exits 0 on valid files, the record and every what-if', async () => {
    const { status, stdout, stderr } = await parley('validate', ...VALID);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout.trim().split('\n')).toHaveLength(VALID.length);
  });

  test.each([
    ['a missing file', join(BROKEN, 'no-such-file.yaml'), 'no such file'],
    ['a directory', BROKEN, 'is a directory, not a scenario file'],
  ])('validate on %s: exit 1 with a message, no stack trace', async (_what, path, message) => {
    const { status, stderr } = await parley('validate', path);
    expect(status).toBe(1);
    expect(stderr).toContain(`${shown(path)}:1:1: ${message}`);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  test('no command: the whole usage, exit 2', async () => {
    const { status, stdout } = await parley();
    expect(status).toBe(2);
    expect(stdout).toContain('Usage:\n  parley [play] FILE');
  });

  test.each([
    [
      'validate without a file',
      ['validate'],
      'validate takes one or more scenario FILEs',
      'validate',
    ],
    [
      'validate with an unknown flag',
      ['validate', '--strict', GENEVA],
      'unknown option --strict',
      'validate',
    ],
    ['replay without a file', ['replay'], 'replay takes exactly one scenario FILE', 'replay'],
    [
      'replay with an unknown flag',
      ['replay', GENEVA, '--speed', '2'],
      'unknown option --speed\n  hint: did you mean --seed?',
      'replay',
    ],
    [
      'replay with a bad --format',
      ['replay', GENEVA, '--format', 'xml'],
      '--format must be one of text, json, markdown, not "xml"',
      'replay',
    ],
    [
      'replay with an impossible --until',
      ['replay', GENEVA, '--until', '2016-02-30'],
      '--until 2016-02-30 is not a real date: check the day and the month',
      'replay',
    ],
    [
      'replay with a badly written --until',
      ['replay', GENEVA, '--until', '3 Feb'],
      '--until takes a date written YYYY-MM-DD, not "3 Feb"',
      'replay',
    ],
    [
      'replay with a bad --seed',
      ['replay', GENEVA, '--seed', 'abc'],
      '--seed takes a whole number, not "abc"',
      'replay',
    ],
    [
      'a seed past what a number holds exactly',
      ['compare', GENEVA, '--seed', '1', '--seed', '9007199254740993'],
      '--seed takes a whole number, not "9007199254740993"',
      'compare',
    ],
    [
      'paths with --max 0',
      ['paths', '--to', 'process.concluded', '--max', '0'],
      '--max takes a whole number from 1 to 999, not "0"',
      'paths',
    ],
  ])(
    "%s: exit 2, the message first, then only that command's usage",
    async (_what, args, message, command) => {
      const { status, stdout, stderr } = await parley(...args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        new RegExp(`^parley: ${escapeRegExp(message)}\n\nUsage:\n {2}parley ${command} `),
      );
      expect(stderr).not.toContain('Exit codes');
      expect(stderr).not.toMatch(STACK_LINE);
    },
  );

  test.each([
    ['an unknown command', ['frobnicate'], 'unknown command "frobnicate"'],
    ['an unknown option', ['--frobnicate'], 'unknown option --frobnicate'],
  ])('%s: exit 2, the message and where the usage is', async (_what, args, message) => {
    const { status, stderr } = await parley(...args);
    expect(status).toBe(2);
    expect(stderr).toBe(`parley: ${message}\nrun \`parley help\` for the usage\n`);
  });

  test('replay on a valid file exits 0 with the transcript', async () => {
    const { status, stdout, stderr } = await parley('replay', GENEVA, '--until', '2016-01-25');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toContain('2016-01-25  TALKS_DELAYED');
  });
});

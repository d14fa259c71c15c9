/** What parley says about itself: the event vocabulary, the statechart diagrams, the README's event reference. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REGION_STATES, REGIONS } from '../src/model/domain.js';
import { statechart } from '../src/model/statechart.js';
import { talksMachine } from '../src/model/talksMachine.js';
import { SCRIPT_EVENT_TYPES } from '../src/model/vocabulary.js';
import { dotDiagram, mermaidDiagram, runChart } from '../src/report/diagram.js';
import { eventDetail, eventsList, withEventReference } from '../src/report/eventReference.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { GENEVA, replayFile } from './helpers/scenarios.js';
import { CLI } from './helpers/cli.js';

const parley = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

/** Every event type some state of the machine takes, read from the machine itself. */
const handled = talksMachine.root.events.filter((type) => !type.startsWith('xstate.'));

describe('parley events', () => {
  test('lists every event type with its meaning, senders, payload fields and CAMEO code, within 80 columns', () => {
    const { status, stdout } = parley('events');
    expect(status).toBe(0);
    expect(stdout).toBe(eventsList());
    for (const type of SCRIPT_EVENT_TYPES) expect(stdout).toMatch(new RegExp(`^${type}( |$)`, 'm'));
    expect(stdout).toContain(
      [
        'WALKOUT_THREATENED  (CAMEO 139)',
        '  The opposition threatens to leave unless conditions are met by a deadline.',
        '  sent by opposition; payload: deadline, conditions',
      ].join('\n'),
    );
    expect(stdout).toContain(
      'TALKS_DELAYED\n  The start of the talks is put off.\n  sent by envoy, host; payload: until?, reason?\n',
    );
    for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  test("lists DEADLINE_PASSED, which transcripts show and policies react to, as the clock's own", () => {
    const { stdout } = parley('events');
    expect(stdout).toMatch(
      /\nDEADLINE_PASSED {2}\(the clock's own event, not for scripts\)\n {2}A walkout deadline passes/,
    );
    const detail = parley('events', 'DEADLINE_PASSED');
    expect(detail.status).toBe(0);
    expect(detail.stdout).toContain('react to it:\n\n  when: { event: DEADLINE_PASSED }\n');
    expect(detail.stdout).toContain('transcripts mark it [deadline]');
  });

  test('shows one type in full, within 80 columns: each payload field, whether it is optional, and its type', () => {
    expect(eventDetail('TALKS_DELAYED')).toMatch(/^ {2}until +optional +date$/m);
    expect(eventDetail('WALKOUT_THREATENED')).toContain(
      [
        '  conditions  required  list of endAirStrikes | liftSieges | releaseDetainees |',
        '                        humanitarianAccess',
      ].join('\n'),
    );
    expect(eventDetail('WALKED_OUT')).toContain('payload: none');
    for (const type of SCRIPT_EVENT_TYPES) {
      for (const line of eventDetail(type).split('\n'))
        expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });

  test('an unknown type gets the closest names as a hint and exit 1', () => {
    const result = parley('events', 'BOYCOT_ANNOUNCED');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('did you mean BOYCOTT_ANNOUNCED?');
    expect(parley('events', 'walkout').stderr).toContain('WALKOUT_THREATENED');
  });

  test('the README event reference is the generated one (run `npm run docs` after changing the vocabulary)', () => {
    const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
    expect(withEventReference(readme)).toBe(readme);
  });
});

describe('parley diagram', () => {
  test.each([
    ['mermaid', mermaidDiagram],
    ['dot', dotDiagram],
  ] as const)(
    '%s: every state of every region, and every event the machine handles',
    (_, render) => {
      const text = render(statechart());
      for (const region of REGIONS) {
        for (const state of REGION_STATES[region]) expect(text).toContain(`${region}_${state}`);
      }
      for (const type of handled) expect(text).toContain(type);
      expect(text).toContain('deadline passes [areWalkoutConditionsUnmet]');
      expect(text).toContain('always [isADelegationAbsent]');
      expect(text).toContain('FORMAL_START_DECLARED [areBothDelegationsPresent]');
    },
  );

  test("the machine handles only vocabulary events, so the diagram speaks the scenario files' words", () => {
    expect(handled.filter((t) => !(SCRIPT_EVENT_TYPES as readonly string[]).includes(t))).toEqual(
      [],
    );
  });

  test('--run draws the states a run visited per region, with the dated events that moved them', () => {
    const text = mermaidDiagram(runChart(replayFile(GENEVA)));
    expect(text).toContain(
      'opposition_attending --> opposition_walkoutThreat : 2016-02-02 WALKOUT_THREATENED',
    );
    expect(text).toContain(
      'process_preparatory --> process_proximityTalks_declared : 2016-02-01 FORMAL_START_DECLARED',
    );
    expect(text).not.toContain('directTalks');
    const cli = parley('diagram', GENEVA, '--run');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toBe(text);
  });

  test('a FILE without --run, or a bad format, is a usage error', () => {
    expect(parley('diagram', GENEVA).status).toBe(2);
    expect(parley('diagram', '--format', 'svg').status).toBe(2);
  });
});

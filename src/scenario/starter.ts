/**
 * The files `parley new` writes: a commented skeleton, or a what-if of an existing scenario with
 * example patches. Both validate as written; the examples are comments to uncomment and edit.
 */
import { dirname, join, relative } from 'node:path';
import { stringify } from 'yaml';
import { ROLE_NAMES } from '../model/domain.js';
import { PACKAGE_ROOT } from './locations.js';
import type { Payload } from '../model/events.js';
import type { Scenario, ScenarioEvent } from './types.js';

/** A move the example insert may add: one the state after its anchor accepts (model/legalMoves.ts). */
export interface ExampleMove {
  readonly type: string;
  readonly actor: string;
  readonly payload: Payload;
}

/** The first line of every scenario file: tells yaml-language-server where the schema is. @example schemaLine('scenarios/x.yaml') // '# yaml-language-server: $schema=../scenario.schema.json' */
export function schemaLine(file: string): string {
  const schema = relative(dirname(file), join(PACKAGE_ROOT, 'scenario.schema.json'))
    .split('\\')
    .join('/');
  return `# yaml-language-server: $schema=${schema}`;
}

/** A what-if's title from its base's; a what-if of a what-if keeps it rather than asking "What if? What if: ...". */
export const whatIfTitle = (title: string): string =>
  /^what if\b/i.test(title) ? title : `What if? ${title}`;

/** A file name without its folder and `.yaml`. @example stemOf('forks/My Talks.yaml') === 'My Talks' */
export const stemOf = (file: string): string =>
  file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');

/** A scenario id from a file name, its words joined by one dash. @example idFromName('forks/My Talks - 2.yaml') === 'my-talks-2' */
export function idFromName(file: string): string {
  const id = stemOf(file)
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  return id || 'my-scenario';
}

const flow = (value: unknown): string =>
  stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
/** A line and its comment, the comments of neighbouring lines aligned. */
const withNote = (line: string, note: string): string => `${line.padEnd(27)} # ${note}`;

/**
 * @example writeFileSync('talks.yaml', skeletonText('talks.yaml'));
 */
export function skeletonText(file: string): string {
  const id = idFromName(file);
  return `${schemaLine(file)}
# A parley scenario. \`parley validate ${file}\` checks it, \`parley replay ${file}\` runs it.
# Event types, who may send them and what they carry: \`parley events\`.
id: ${id}
title: "${id}: a new scenario"
description: >-
  What this scenario shows, in a sentence or two.
kind: what-if             # what-if: added events may be hypothetical; record: every event cites its source
seed: 1                   # for chance (policies); \`--seed\` overrides it
start: 2016-01-25         # the first day, YYYY-MM-DD
actors:                   # roles: ${ROLE_NAMES.join(', ')}
  - { id: de-mistura, name: "Staffan de Mistura, UN Special Envoy for Syria", role: envoy }
  - { id: hnc, name: "High Negotiations Committee (opposition)", role: opposition }
  - { id: government, name: Syrian government delegation, role: government }
events:                   # in date order
  - id: talks-postponed
    date: 2016-01-25      # or \`at: +0d\`: days after the start
    actor: de-mistura
    type: TALKS_DELAYED
    payload: { until: 2016-01-29, reason: who should represent the opposition }
    source:               # doc: an entry in seeds/; quote: words copied exactly from one of its excerpts
      doc: rferl-2016-01-25
      quote: Syria peace talks originally scheduled to begin on January 25 have been rescheduled to start on January 29.
# policies:               # how actors react when the run is simulated rather than replayed
#   - id: arrive-after-delay
#     when: { event: TALKS_DELAYED }
#     then: { actor: government, type: DELEGATION_ARRIVED }
#     probability: 0.8    # 0 to 1
#     delay: 4            # days after the trigger
# expect:                 # what the run must show; \`parley test ${file}\` checks it
#   - on: 2016-01-25      # the state after that date's last step (\`by:\` at some step up to it)
#     state: { process: delayed }
`;
}

/** The base events the example patches name: one to drop, one to change, one to add after. */
function examples(events: readonly ScenarioEvent[]) {
  const [first, last, anchor] = [events[0], events.at(-1), events[Math.floor(events.length / 2)]];
  if (!first || !last || !anchor) return null;
  const changed = events.find((e) => Object.keys(e.payload).length) ?? first;
  return { removed: last, changed, anchor };
}

/**
 * A what-if that `extends` `base`, named in the file as `extendsRef`; its example insert is the
 * move `moveAfter` finds for its anchor, or a statement where it finds none.
 * @example whatIfStarterText('no-pause.yaml', geneva, 'geneva-2016', (anchor) => legalMoveAfter(anchor))
 */
export function whatIfStarterText(
  file: string,
  base: Scenario,
  extendsRef: string,
  moveAfter: (anchor: ScenarioEvent) => ExampleMove | null,
): string {
  const id = idFromName(file);
  const lines = [
    schemaLine(file),
    `# A what-if of ${base.id}: it keeps the base's events and says only what differs.`,
    `# \`parley validate ${file}\` checks it, \`parley replay ${file}\` runs it; \`parley events\` lists event types.`,
    `id: ${id}`,
    `title: ${flow(whatIfTitle(base.title))}`,
    'kind: what-if',
    withNote(`extends: ${extendsRef}`, 'a shipped scenario id, or a path relative to this file'),
  ];
  const found = examples(base.events);
  if (!found) return `${lines.join('\n')}\n`;
  const { removed, changed, anchor } = found;
  const move = moveAfter(anchor) ?? { type: 'STATEMENT_ISSUED', actor: anchor.actor, payload: {} };
  const added = {
    id: `${id}-move`,
    date: anchor.date,
    actor: move.actor,
    type: move.type,
    ...(Object.keys(move.payload).length ? { payload: move.payload } : {}),
    note: 'a move that did not happen',
  };
  lines.push(
    withNote(`# remove: [${removed.id}]`, 'drop base events by id'),
    withNote('# replace:', 'change fields of base events: the id, and only the fields that differ'),
    `#   - id: ${changed.id}`,
    `#     ${Object.keys(changed.payload).length ? `payload: ${flow(changed.payload)}` : `note: ${flow(changed.note ?? 'changed in this what-if')}`}`,
    withNote('# insert:', 'add events before or after a base event'),
    `#   - after: ${anchor.id}`,
    '#     events:',
    `#       - ${flow(added)}`,
  );
  const rule = base.policies[0];
  if (rule) {
    lines.push(
      withNote('# policies:', 'change a base rule: its id and only the fields that change'),
      withNote(
        `#   - { id: ${rule.id}, probability: 0 }`,
        'here: switched off; `parley rules` lists them',
      ),
    );
  }
  lines.push(
    withNote('# expect:', `what you expect of it; \`parley test ${file}\` checks it`),
    withNote(`#   - never: { opposition: walkedOut }`, 'no step reaches this state...'),
    withNote(`#     by: ${anchor.date}`, '...up to this date'),
    withNote('#   - simulate: { runs: 1000 }', 'the share of simulated runs that end so'),
    withNote(
      '#     share: { walkedOut: [0, 0.5] }',
      'endings: walkedOut, ceasefireAgreed, process.STATE, opposition.STATE',
    ),
  );
  return `${lines.join('\n')}\n`;
}

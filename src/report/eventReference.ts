/**
 * The event vocabulary as a reader sees it: the `parley events` list, one type in full, and the
 * README's "Event reference" section. All three come from VOCABULARY, so they cannot disagree.
 * DEADLINE_PASSED is listed with them, marked as the clock's: transcripts show it and policies
 * react to it, though no scenario may list it.
 */
import { ROLE_NAMES } from '../model/domain.js';
import { payloadFields } from '../model/payloadFields.js';
import {
  DEADLINE_MEANING,
  DEADLINE_PASSED,
  SCRIPT_EVENT_TYPES,
  VOCABULARY,
  cameoOf,
  type ScriptEventType,
} from '../model/vocabulary.js';
import { alignColumns, escapeMarkdown, markdownTable, TERMINAL_WIDTH, wrapped } from './table.js';

const fieldList = (type: ScriptEventType): string =>
  payloadFields(type)
    .map((f) => `${f.name}${f.optional ? '?' : ''}`)
    .join(', ');

const senders = (type: ScriptEventType): string =>
  VOCABULARY[type].actors.length === ROLE_NAMES.length
    ? 'any role'
    : VOCABULARY[type].actors.join(', ');

const CLOCK_MARK = "(the clock's own event, not for scripts)";

/**
 * Every event type, one short block each, and the clock's event last; every line fits 80 columns.
 * @example eventsList().includes('WALKOUT_THREATENED  (CAMEO 139)\n')
 */
export function eventsList(): string {
  const blocks = SCRIPT_EVENT_TYPES.map((type) => {
    const fields = fieldList(type);
    return [
      cameoOf(type) ? `${type}  (CAMEO ${cameoOf(type)})` : type,
      ...wrapped(VOCABULARY[type].meaning, '  '),
      ...wrapped(`sent by ${senders(type)}; ${fields ? `payload: ${fields}` : 'no payload'}`, '  '),
    ];
  });
  blocks.push([
    `${DEADLINE_PASSED}  ${CLOCK_MARK}`,
    ...wrapped(DEADLINE_MEANING, '  '),
    ...wrapped(
      'raised by the clock: never listed in a scenario, but policies may react to it',
      '  ',
    ),
  ]);
  const intro =
    'The event types of scenario files; `parley events TYPE` shows one in full.\n? marks an optional payload field.';
  return `${intro}\n\n${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

/** The clock's event in full: when it is raised, and how a scenario can use it. */
function deadlineDetail(): string {
  const use = `The simulated clock raises it, for the actor who threatened, when a later event's date passes the deadline of a WALKOUT_THREATENED that still stands; transcripts mark it [deadline]. A scenario never lists it, but policies may react to it:`;
  const lines = [
    `${DEADLINE_PASSED}  ${CLOCK_MARK}`,
    ...wrapped(DEADLINE_MEANING, ''),
    '',
    ...wrapped(use, ''),
  ];
  return `${[...lines, '', `  when: { event: ${DEADLINE_PASSED} }`, '', 'CAMEO:   none fits', 'payload: none'].join('\n')}\n`;
}

/**
 * One event type in full: its payload fields with their types and whether each is optional.
 * @example eventDetail('WALKED_OUT') // 'WALKED_OUT\nA delegation leaves the talks.\n...'
 */
export function eventDetail(type: ScriptEventType | typeof DEADLINE_PASSED): string {
  if (type === DEADLINE_PASSED) return deadlineDetail();
  const fields = payloadFields(type);
  const lines = [
    type,
    ...wrapped(VOCABULARY[type].meaning, ''),
    '',
    ...wrapped(`sent by: ${senders(type)}`, ''),
    `CAMEO:   ${cameoOf(type) || 'none fits'}`,
    '',
  ];
  if (!fields.length) return `${[...lines, 'payload: none'].join('\n')}\n`;
  const rows = fields.map((f) => [`  ${f.name}`, f.optional ? 'optional' : 'required', f.type]);
  return `${lines.join('\n')}\npayload:\n${alignColumns(rows, TERMINAL_WIDTH)}`;
}

const START = '<!-- events:start -->';
const END = '<!-- events:end -->';

/** The Markdown table of the README's "Event reference" section. @example eventReferenceMarkdown().startsWith('| type | meaning |') */
export function eventReferenceMarkdown(): string {
  const rows = SCRIPT_EVENT_TYPES.map((type) => {
    const fields = fieldList(type);
    return [
      `\`${type}\``,
      escapeMarkdown(VOCABULARY[type].meaning),
      senders(type),
      fields ? `\`${fields}\`` : '',
      cameoOf(type),
    ];
  });
  rows.push([
    `\`${DEADLINE_PASSED}\``,
    escapeMarkdown(DEADLINE_MEANING),
    'the clock (not for scripts)',
    '',
    '',
  ]);
  return markdownTable(['type', 'meaning', 'sent by', 'payload (`?` optional)', 'CAMEO'], rows);
}

/**
 * The README with the text between the events markers replaced by the generated table.
 * @example writeFileSync('README.md', withEventReference(readFileSync('README.md', 'utf8')));
 */
export function withEventReference(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README has no ${START} ... ${END} section`);
  return `${readme.slice(0, start + START.length)}\n${eventReferenceMarkdown()}\n${readme.slice(end)}`;
}

/**
 * The event vocabulary as a reader sees it: the `parley events` table, one type in full, and the
 * README's "Event reference" section. All three come from VOCABULARY, so they cannot disagree.
 */
import { ROLE_NAMES } from '../model/domain.js';
import { payloadFields } from '../model/payloadFields.js';
import { SCRIPT_EVENT_TYPES, VOCABULARY, cameoOf, type ScriptEventType } from '../model/vocabulary.js';
import { alignColumns, escapeMarkdown, markdownTable } from './table.js';

const fieldList = (type: ScriptEventType): string =>
  payloadFields(type).map((f) => `${f.name}${f.optional ? '?' : ''}`).join(', ');

const senders = (type: ScriptEventType): string =>
  VOCABULARY[type].actors.length === ROLE_NAMES.length ? 'any role' : VOCABULARY[type].actors.join(', ');

const row = (type: ScriptEventType): string[] => [type, VOCABULARY[type].meaning, senders(type), fieldList(type), cameoOf(type)];

/**
 * Every event type, one a line, in aligned columns.
 * @example eventsTable().split('\n')[0] // 'TYPE  MEANING  SENT BY  PAYLOAD  CAMEO' (aligned)
 */
export function eventsTable(): string {
  return alignColumns([['TYPE', 'MEANING', 'SENT BY', 'PAYLOAD (? optional)', 'CAMEO'], ...SCRIPT_EVENT_TYPES.map(row)]);
}

/**
 * One event type in full: its payload fields with their types and whether each is optional.
 * @example eventDetail('WALKED_OUT') // 'WALKED_OUT\nA delegation leaves the talks.\n...'
 */
export function eventDetail(type: ScriptEventType): string {
  const spec = VOCABULARY[type];
  const fields = payloadFields(type);
  const lines = [type, spec.meaning, '', `sent by: ${senders(type)}`, `CAMEO:   ${cameoOf(type) || 'none fits'}`, ''];
  if (!fields.length) return `${[...lines, 'payload: none'].join('\n')}\n`;
  return `${lines.join('\n')}\npayload:\n${alignColumns(fields.map((f) => ['  ' + f.name, f.type, f.optional ? 'optional' : 'required']))}`;
}

const START = '<!-- events:start -->';
const END = '<!-- events:end -->';

/** The Markdown table of the README's "Event reference" section. @example eventReferenceMarkdown().startsWith('| type | meaning |') */
export function eventReferenceMarkdown(): string {
  const rows = SCRIPT_EVENT_TYPES.map((type) => {
    const [, meaning, sentBy, fields, cameo] = row(type);
    return [`\`${type}\``, escapeMarkdown(meaning!), sentBy!, fields ? `\`${fields}\`` : '', cameo!];
  });
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

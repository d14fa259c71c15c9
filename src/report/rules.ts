/**
 * `parley rules`: the rules in force, each with its trigger, move, chance, delay and the quote
 * that motivates it; what a what-if changed; and how likely the record is under them.
 */
import type { RecordScore } from '../engine/score.js';
import type { Catalog } from '../scenario/catalog.js';
import type { RuleChange } from '../scenario/rules.js';
import type { Policy, Scenario } from '../scenario/types.js';
import { citedWhere, counted, payloadLine, quoted } from './describe.js';
import { clean } from '../text/sanitize.js';
import { alignColumns, hanging, wrapped } from './table.js';

/** A probability as a teacher reads it: 70%, 83.3%, 0%. */
export const percent = (p: number): string => `${Number((p * 100).toFixed(1))}%`;

const delayText = (days: number): string =>
  days ? `${counted(days, 'day')} after the trigger` : 'the same day';

/** "on OFFENSIVE_LAUNCHED, if opposition attending, endAirStrikes unmet" */
export function triggerText(when: Policy['when']): string {
  const conditions = [
    ...Object.entries(when.state ?? {}).map(([region, state]) => `${region} ${state}`),
    ...(when.confidenceBelow !== undefined ? [`confidence below ${when.confidenceBelow}`] : []),
    ...(when.confidenceAtLeast !== undefined
      ? [`confidence at least ${when.confidenceAtLeast}`]
      : []),
    ...(when.unmet?.length ? [`${when.unmet.join(', ')} unmet`] : []),
    ...(when.met?.length ? [`${when.met.join(', ')} met`] : []),
  ].map(clean);
  if (when.event === undefined) return `on the step that makes true: ${conditions.join(', ')}`;
  const event = `on ${when.event}${when.actor ? ` by ${clean(when.actor)}` : ''}`;
  return conditions.length ? `${event}, if ${conditions.join(', ')}` : event;
}

/** "hnc: WALKOUT_THREATENED (deadline: +3d; conditions: endAirStrikes, liftSieges)" */
const moveText = (then: Policy['then']): string => {
  const payload = payloadLine(then);
  return `${clean(then.actor)}: ${then.type}${payload ? ` (${payload})` : ''}`;
};

function sourceText(rule: Policy, catalog: Catalog): string {
  if (!rule.source) return 'none given';
  return `${citedWhere(catalog, rule.source)}: ${quoted(rule.source.quote)}`;
}

/** "switched off: probability was 90%", "changed: when, delay (was 2 days after the trigger)" */
function changeText(change: RuleChange): string {
  if (change.kind === 'added') return 'added by this what-if';
  const { before } = change;
  const was = (field: string): string => {
    if (field === 'probability') return `probability (was ${percent(before.probability)})`;
    if (field === 'delay') return `delay (was ${delayText(before.delay)})`;
    return field;
  };
  return `${change.kind}: ${change.fields.map(was).join(', ')}`;
}

const LABEL = 13;
const field = (label: string, text: string): string[] =>
  hanging(`  ${label.padEnd(LABEL - 2)}`, text);

function ruleLines(rule: Policy, catalog: Catalog, change: RuleChange | undefined): string[] {
  return [
    ...wrapped(`${clean(rule.id)}: ${percent(rule.probability)}, ${delayText(rule.delay)}`, ''),
    ...field('when', triggerText(rule.when)),
    ...field('move', moveText(rule.then)),
    ...field('motivation', sourceText(rule, catalog)),
    ...(rule.note ? field('note', clean(rule.note)) : []),
    ...(change ? field('what-if', changeText(change)) : []),
    '',
  ];
}

/** Which rules a what-if changed, added or switched off, in a sentence per kind. */
function summary(changes: ReadonlyMap<string, RuleChange>, base: string): string[] {
  if (!changes.size) return wrapped(`The rules are those of ${clean(base)}, unchanged.`, '');
  const kinds = (['switched off', 'changed', 'added'] as const).flatMap((kind) => {
    const ids = [...changes].filter(([, c]) => c.kind === kind).map(([id]) => clean(id));
    return ids.length ? [`${kind}: ${ids.join(', ')}`] : [];
  });
  return wrapped(`Against ${clean(base)}, this what-if has ${kinds.join('; ')}.`, '');
}

/**
 * @example rulesText(whatIf, catalog, { base: 'geneva-2016', changes: ruleChanges(record.policies, whatIf.policies) })
 */
export function rulesText(
  scenario: Scenario,
  catalog: Catalog,
  whatIf: { base: string; changes: ReadonlyMap<string, RuleChange> } | null,
): string {
  const lines = [
    ...wrapped(
      `Rules in force in ${clean(scenario.title)} (${counted(scenario.policies.length, 'rule')})`,
      '',
    ),
    ...(whatIf ? summary(whatIf.changes, whatIf.base) : []),
    '',
    ...scenario.policies.flatMap((rule) => ruleLines(rule, catalog, whatIf?.changes.get(rule.id))),
  ];
  return `${lines.join('\n')}\n`;
}

/** The probability the rules gave each governed recorded move, and their product: the record's likelihood. */
export function scoreText(score: RecordScore): string {
  const lines = [
    'How likely the record is under these rules',
    ...wrapped(
      'Each recorded move a rule governs, played as written, and the probability the rules gave it (the chance that at least one rule expecting it makes it).',
      '',
    ),
    '',
  ];
  if (!score.moves.length)
    return `${[...lines, 'No rule governs a recorded move: there is nothing to score.'].join('\n')}\n`;
  const rows = [
    ['step', 'date', 'move', 'actor', 'the rules gave it'],
    ...score.moves.map((s) => [
      String(s.index + 1),
      s.date,
      s.type,
      clean(s.actor),
      s.predicted ? percent(s.predicted) : '0%: no rule expected it',
    ]),
  ];
  lines.push(alignColumns(rows, 80).trimEnd(), '');
  const impossible = score.moves.filter((s) => s.predicted === 0).length;
  const product = `the product of the ${counted(score.moves.length, 'probability').replace(/ys$/, 'ies')} above`;
  lines.push(
    ...wrapped(
      impossible
        ? `Likelihood of the record under the rules: 0 (log10: minus infinity), ${product}: the rules gave ${counted(impossible, 'recorded move')} 0%, so they cannot make this record.`
        : `Likelihood of the record under the rules: ${score.likelihood.toPrecision(3)} (log10 ${score.log10.toFixed(2)}), ${product}.`,
      '',
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** "What made the difference": the events and rules that set two runs, or two simulations, apart. */
import type { EventDifference, Played, RunDifference, RuleRate } from '../engine/difference.js';
import { percent } from './distribution.js';
import { clean } from '../text/sanitize.js';
import { hanging } from './table.js';

const TITLE = 'What made the difference';

/** The rule's name column; a longer name takes a line of its own. */
const NAME = 40;

/** "2016-02-01 OFFENSIVE_LAUNCHED (aleppo-offensive)" */
const eventLabel = (e: Played): string => `${e.date} ${e.type} (${clean(e.id)})`;

/** What changed in an event both sides have under one id. */
function changeLabel({ a, b }: { a: Played; b: Played }): string {
  const parts = [
    a.date !== b.date ? `date ${a.date} -> ${b.date}` : '',
    a.type !== b.type ? `${a.type} -> ${b.type}` : '',
    a.actor !== b.actor ? `actor ${clean(a.actor)} -> ${clean(b.actor)}` : '',
  ].filter(Boolean);
  return `${clean(a.id)} (${parts.length ? parts.join(', ') : 'other terms'})`;
}

/** `label` and the items under it, one a line or, `joined`, comma-separated and wrapped; nothing when there are none. */
function listLines(label: string, items: readonly string[], joined = false): string[] {
  const lines = joined
    ? hanging('    ', items.join(', '))
    : items.flatMap((item) => hanging('    ', item));
  return items.length ? [`  ${label}:`, ...lines] : [];
}

function eventLines(events: EventDifference<Played>): string[] {
  return [
    ...listLines('Events only A has', events.onlyA.map(eventLabel)),
    ...listLines('Events only B has', events.onlyB.map(eventLabel)),
    ...listLines('Events B changes', events.changed.map(changeLabel)),
  ];
}

/**
 * For two runs: the events only one played, the recorded moves one left to its rules, and the
 * rules that fired in one and not the other.
 * @example runDifferenceText(runDifference(a, b))
 */
export function runDifferenceText(d: RunDifference): string {
  const lines = [
    ...eventLines(d.events),
    ...listLines(
      'Recorded moves A plays and B leaves to its rules',
      d.leftToRulesInB.map(eventLabel),
    ),
    ...listLines(
      'Recorded moves B plays and A leaves to its rules',
      d.leftToRulesInA.map(eventLabel),
    ),
    ...listLines('Rules that fired only in A', d.rulesOnlyA.map(clean), true),
    ...listLines('Rules that fired only in B', d.rulesOnlyB.map(clean), true),
  ];
  return `\n${TITLE}\n${(lines.length ? lines : ['  Nothing: the same events, and the same rules fired.']).join('\n')}\n`;
}

/**
 * For two simulations: the scenario events only one has, and the rules whose share of runs
 * differs most, each with its share in A and in B.
 * @example simulationDifferenceText(eventDifference(a.events, b.events), rateDifference(...), ['geneva-2016', 'no-aleppo-offensive'])
 */
export function simulationDifferenceText(
  events: EventDifference<Played>,
  rates: readonly RuleRate[],
  names: readonly [string, string],
): string {
  const lines = [`  (A: ${clean(names[0])}, B: ${clean(names[1])})`, ...eventLines(events)];
  if (rates.length) {
    lines.push(
      `  ${'Rules whose share of runs differs most'.padEnd(NAME + 2)}${'A'.padStart(7)}${'B'.padStart(9)}`,
    );
    const share = (rate: number | null): string => (rate === null ? 'none' : percent(rate, 1));
    for (const r of rates) {
      const name = clean(r.rule);
      const cells = `${share(r.a).padStart(7)}${share(r.b).padStart(9)}${r.changed ? '  rule changed' : ''}`;
      if (name.length > NAME) lines.push(`    ${name}`, `    ${''.padEnd(NAME)}${cells}`);
      else lines.push(`    ${name.padEnd(NAME)}${cells}`);
    }
  } else {
    lines.push('  Every rule fired in the same share of runs.');
  }
  return `\n${TITLE}\n${lines.join('\n')}\n`;
}

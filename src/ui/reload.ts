/**
 * The player's session after its scenario file was saved again: the branches on the new run
 * (engine/reload.ts computes them) and a status line that says what changed. Pure, tested
 * without Ink.
 */
import { reloadBranches, type EventChanges, type Place } from '../engine/reload.js';
import type { Run } from '../engine/run.js';
import { invariant } from '../model/invariant.js';
import { clean } from '../text/sanitize.js';
import { activeBranch, type Session } from './session.js';

const count = (n: number, what: string): string => `${n} event${n === 1 ? '' : 's'} ${what}`;

/** "2 events changed, 1 event added", or "no event changed" when only other fields did. */
export function changesText({ added, removed, changed }: EventChanges): string {
  const parts = [
    changed.length ? count(changed.length, 'changed') : '',
    added.length ? count(added.length, 'added') : '',
    removed.length ? count(removed.length, 'removed') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no event changed';
}

/** "step 10 kept", "step 10 kept, now step 11", or "step 10 gone, now step 9 (the one before)". */
function cursorText(before: number, place: Place): string {
  const { cursor, by } = place.landing;
  if (by === 'earlier') return `step ${before} gone, now step ${cursor} (the one before)`;
  if (by === 'date') return `step ${before} gone, now step ${cursor} (by date)`;
  return cursor === before ? `step ${before} kept` : `step ${before} kept, now step ${cursor}`;
}

/**
 * The session on the new record's run: every branch at the step it showed, the one shown still
 * shown; a fork the edit took an event from is kept as it was, and said so.
 * @example reloadSession(session, replay(scenario)).message // 'reloaded: 2 events changed, step 10 kept'
 */
export function reloadSession(s: Session, record: Run): Session {
  const { branches, places, changes } = reloadBranches(s.branches, record);
  const shown = invariant(places[s.active], 'reloadBranches places every branch it was given');
  const asItWas = s.branches.filter((_, i) => places[i]?.asItWas).map((b) => clean(b.name));
  const where = shown.asItWas ? '' : `, ${cursorText(activeBranch(s).cursor, shown)}`;
  const kept = asItWas.length
    ? `; ${asItWas.join(', ')} kept as ${asItWas.length === 1 ? 'it was' : 'they were'} (an event ${asItWas.length === 1 ? 'it needs' : 'they need'} is gone from the file)`
    : '';
  return {
    ...s,
    branches,
    active: shown.index,
    // A question or a reveal was about a step that may have changed.
    predict: { ...s.predict, asking: false, reveal: null },
    message: `reloaded: ${changesText(changes)}${where}${kept}`,
  };
}

/**
 * The insert dialog's list: the legal moves grouped by actor, narrowed by what the teacher types.
 * Pure data, no Ink.
 */
import type { PreviewedMove } from '../engine/movePreview.js';
import { regionChanges } from '../engine/effects.js';
import { clean } from '../text/sanitize.js';
import type { Scenario } from '../scenario/types.js';

export type MoveRow =
  /** An actor's heading: not a row the cursor stops on. */
  | { readonly kind: 'actor'; readonly label: string }
  /** A move, by its index in the list of moves. */
  | { readonly kind: 'move'; readonly move: number; readonly label: string };

/**
 * Whether every word typed is in the move's type, or its actor's id, name or role: `walk hnc`
 * finds WALKED_OUT and WALKOUT_THREATENED by hnc.
 */
export function matches(move: PreviewedMove, scenario: Scenario, query: string): boolean {
  const actor = scenario.actors.find((a) => a.id === move.actor);
  const haystack = [move.type, move.actor, actor?.name ?? '', actor?.role ?? '']
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/**
 * The moves that match `query`, under a heading per actor in the scenario's order; in each group
 * the moves that change a region come first, then the vocabulary's order.
 * @example moveRows(moves, geneva, 'walked').map((r) => r.label)
 * // ['hnc: High Negotiations Committee (opposition)', 'WALKED_OUT', ...]
 */
export function moveRows(
  moves: readonly PreviewedMove[],
  scenario: Scenario,
  query: string,
): MoveRow[] {
  const changes = (m: PreviewedMove): number =>
    Number(regionChanges(m.preview.effects).length === 0);
  return scenario.actors.flatMap((actor): MoveRow[] => {
    const own = moves
      .map((move, index) => ({ move, index }))
      .filter(({ move }) => move.actor === actor.id && matches(move, scenario, query))
      .sort((a, b) => changes(a.move) - changes(b.move));
    if (!own.length) return [];
    return [
      // The role, unless the name says it already ("High Negotiations Committee (opposition)").
      {
        kind: 'actor',
        label: clean(
          `${actor.id}: ${actor.name}${actor.name.includes(actor.role) ? '' : ` (${actor.role})`}`,
        ),
      },
      ...own.map(({ move, index }): MoveRow => ({ kind: 'move', move: index, label: move.type })),
    ];
  });
}

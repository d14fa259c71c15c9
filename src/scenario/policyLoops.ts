/**
 * Policies whose moves set each other off without end. A rule's move is a step that can trigger
 * rules: when such a loop has no delay, the engine never finishes the day; when the loop can
 * branch (two rules inside it react to the same step), the moves double with every round until
 * the end date. Both are refused before anything runs. A plain loop with a delay repeats at most
 * once a day, so it is allowed.
 *
 * The loops are found among event types (a few dozen), not rules (there may be thousands): rule
 * P is an edge from `P.when.event` to `P.then.type`.
 */
import { invariant } from '../model/invariant.js';
import type { Diagnostic } from './diagnostics.js';
import type { WrittenPolicy } from './written.js';

type Edge = { readonly from: string; readonly to: string; readonly policy: WrittenPolicy };

/** The event types reachable from `start` along `edges`, `start` itself only by a way back to it. */
function reachable(start: string, edges: readonly Edge[]): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  for (let type = queue.shift(); type !== undefined; type = queue.shift()) {
    for (const e of edges) {
      if (e.from === type && !seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  return seen;
}

export function checkPolicyLoops(
  policies: readonly WrittenPolicy[],
  diagnostics: Diagnostic[],
): void {
  const edges: Edge[] = policies.flatMap((p) => {
    const from = p.entry.when.event;
    return from !== undefined && p.entry.probability > 0
      ? [{ from, to: p.entry.then.type, policy: p }]
      : [];
  });
  const reach = new Map(
    [...new Set(edges.map((e) => e.from))].map((t) => [t, reachable(t, edges)]),
  );
  /** Both ends of the edge lie on one loop: its target leads back to its source. */
  const inLoop = (e: Edge): boolean => reach.get(e.to)?.has(e.from) ?? false;
  const looping = edges.filter(inLoop);

  const sameDay = edges.filter((e) => (e.policy.entry.delay ?? 0) === 0);
  const sameDayLoop = sameDay.filter((e) => reachable(e.to, sameDay).has(e.from));
  if (sameDayLoop.length) {
    report(
      sameDayLoop,
      'set each other off on the same day without end',
      'give one of them a `delay` of a day or more',
      diagnostics,
    );
    return;
  }
  // Per loop (types that reach each other), more rules than types means some step triggers two of them.
  const loops = new Map<string, Edge[]>();
  for (const e of looping) {
    const key = [
      ...invariant(reach.get(e.from), "each rule in a loop has its trigger's reach worked out"),
    ]
      .filter((t) => reach.get(t)?.has(e.from))
      .sort()
      .join(' ');
    loops.set(key, [...(loops.get(key) ?? []), e]);
  }
  for (const [types, loop] of loops) {
    if (loop.length > types.split(' ').length) {
      report(
        loop,
        'multiply without end: their moves trigger more than one rule of the loop',
        'keep one rule at each step of the loop',
        diagnostics,
      );
    }
  }
}

function report(
  loop: readonly Edge[],
  what: string,
  hint: string,
  diagnostics: Diagnostic[],
): void {
  const first = invariant(loop[0], 'a loop reported has a rule in it').policy;
  diagnostics.push({
    ...first.file.positionOf([...first.path, 'then']),
    message: `policies ${loop.map((e) => e.policy.entry.id).join(', ')} ${what}`,
    hint,
  });
}

/** The domain checks of policies: the same rules as events for the move, plus their conditions. */
import { isIsoDate, RELATIVE_DAY } from '../model/dates.js';
import { resolvePayload } from '../model/events.js';
import { payloadFields } from '../model/payloadFields.js';
import type { ScriptEventType } from '../model/vocabulary.js';
import type { Catalog } from './catalog.js';
import { checkCitation, checkMove, knownStates, reporter } from './check.js';
import { suggest, type Diagnostic } from './diagnostics.js';
import type { Resolved } from './resolve.js';
import { policyOf } from './rules.js';
import type { Policy } from './types.js';
import { pathLabel } from './zodIssues.js';

/** The payload's date fields written neither YYYY-MM-DD nor `+Nd`; other wrong values are the payload check's to report. */
function badDates(type: ScriptEventType, payload: Readonly<Record<string, unknown>>): string[] {
  return payloadFields(type)
    .filter((f) => f.type === 'date')
    .map((f) => f.name)
    .filter((name) => {
      const value = payload[name];
      return typeof value === 'string' && !isIsoDate(value) && !RELATIVE_DAY.test(value);
    });
}

/** Checks every policy and returns them as the engine runs them: fit to run only when the checks reported nothing. */
export function checkPolicies(
  scenario: Resolved,
  catalog: Catalog,
  diagnostics: Diagnostic[],
): Policy[] {
  const out: Policy[] = [];
  const seen = new Set<string>();
  const actorIds = scenario.actors.map((a) => a.id);
  for (const { entry, file, path } of scenario.policies) {
    const report = reporter(file, path, `policy "${entry.id}"`, diagnostics);
    if (seen.has(entry.id))
      report(['id'], 'duplicate policy id', 'a what-if changes a base policy by using its id once');
    seen.add(entry.id);

    const written = entry.then.payload ?? {};
    const notDates = badDates(entry.then.type, written);
    for (const name of notDates) {
      report(
        ['then', 'payload', name],
        `${pathLabel([...path, 'then', 'payload', name])}: ${JSON.stringify(written[name])} must be a date written YYYY-MM-DD or +Nd (N days after the policy's move, e.g. +3d)`,
      );
    }
    // `+Nd` dates are resolved when the move is made; any real date stands in for the check, and
    // for the dates just reported, so that they are not reported again in the event's words.
    const stood = { ...written, ...Object.fromEntries(notDates.map((name) => [name, '+0d'])) };
    const then = { ...entry.then, payload: resolvePayload(stood, scenario.start ?? '2000-01-01') };
    checkMove(
      then,
      scenario,
      file,
      [...path, 'then'],
      reporter(file, [...path, 'then'], report.label, diagnostics),
      diagnostics,
    );

    if (entry.when.actor !== undefined && !actorIds.includes(entry.when.actor)) {
      report(
        ['when', 'actor'],
        `unknown actor "${entry.when.actor}"`,
        suggest(entry.when.actor, actorIds, 'declared actors'),
      );
    }
    knownStates(entry.when.state, report, ['when', 'state']);
    checkCitation(entry.source, false, catalog, report);
    out.push(policyOf(entry));
  }
  return out;
}

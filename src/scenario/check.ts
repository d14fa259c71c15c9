/** The domain checks a scenario must pass after its shape is right: actors, roles, payloads, dates, sources. */
import { topOf } from '../model/paths.js';
import type { z } from 'zod';
import { addDays, RELATIVE_DAY } from '../model/dates.js';
import type { Payload } from '../model/events.js';
import { REGION_STATES, type Region } from '../model/domain.js';
import { VOCABULARY, type ScriptEventType } from '../model/vocabulary.js';
import { quotedIn, type Catalog } from './catalog.js';
import { suggest, type Diagnostic } from './diagnostics.js';
import type { Resolved } from './resolve.js';
import type { Citation, ScenarioEvent } from './types.js';
import type { PathKey, YamlFile } from './yamlFile.js';
import { zodDiagnostics } from './zodIssues.js';
import { outOfOrder, type WrittenEvent } from './written.js';

const ACTOR_FIELDS = ['with'] as const;

/**
 * Checks every event and returns the dated ones as the engine runs them, in order. They are fit to
 * run only when the checks reported nothing, which is the only case `loadScenario` uses them in.
 */
export function checkEvents(
  scenario: Resolved,
  catalog: Catalog,
  diagnostics: Diagnostic[],
): ScenarioEvent[] {
  const seen = new Map<string, WrittenEvent>();
  const out: ScenarioEvent[] = [];
  let previous: Dated | null = null;

  if (!scenario.start && !scenario.baseMissing) {
    diagnostics.push({
      ...scenario.file.positionOf([]),
      message: 'missing required field "start"',
      hint: 'add `start: YYYY-MM-DD`, the first day of the scenario',
    });
  }
  for (const written of scenario.events) {
    const { entry, file, path } = written;
    const report = reporter(file, path, `event "${entry.id}"`, diagnostics);

    const twin = seen.get(entry.id);
    if (twin) {
      const at = twin.file.positionOf(twin.path);
      report(
        ['id'],
        'duplicate event id',
        `first used at ${at.file}:${at.line}:${at.col}; ids must be unique`,
      );
    }
    seen.set(entry.id, written);

    const date = dateOf(written, scenario.start ?? undefined, report);

    const payload = checkMove(
      { actor: entry.actor, type: entry.type, payload: entry.payload },
      scenario,
      file,
      path,
      report,
      diagnostics,
    );
    const deadline = payload?.deadline;
    if (date && typeof deadline === 'string' && deadline < date) {
      report(
        ['payload', 'deadline'],
        `deadline ${deadline} is before the event's own date ${date}`,
      );
    }

    if (date && scenario.start && date < scenario.start) {
      report(
        [entry.date ? 'date' : 'at'],
        `date ${date} is before the scenario start ${scenario.start}`,
        'move `start` earlier, or fix the date',
      );
    }
    if (date && previous && date < previous.date)
      reportOutOfOrder(scenario, { written, date }, previous, diagnostics);
    checkCitation(entry.source, written.recorded, catalog, report);

    if (date) {
      previous = { written, date };
      out.push({
        id: entry.id,
        date,
        actor: entry.actor,
        type: entry.type,
        payload: payload ?? {},
        source: entry.source ?? null,
        note: entry.note ?? null,
        recorded: written.recorded,
        at: file.lazyPositionOf(path),
      });
    }
  }
  return out;
}

interface Dated {
  readonly written: WrittenEvent;
  readonly date: string;
}

/**
 * Two neighbours in the wrong order. The message goes to the file being written: when an
 * inserted event is dated after the base event that follows it, the inserted one is the mistake.
 */
function reportOutOfOrder(
  scenario: Resolved,
  later: Dated,
  earlier: Dated,
  diagnostics: Diagnostic[],
): void {
  const blameEarlier =
    later.written.file !== scenario.file && earlier.written.file === scenario.file;
  const [at, other] = blameEarlier ? [earlier, later] : [later, earlier];
  diagnostics.push(
    outOfOrder(at.written, at.date, blameEarlier ? 'before' : 'after', other.written, other.date),
  );
}

/** Reports a problem at a path below the thing being checked; `label` names that thing in messages. */
export interface Report {
  (sub: PathKey[], message: string, hint?: string, key?: boolean): void;
  readonly label: string;
}

/** A reporter for the thing at `path` in `file`, whose messages start with `label`. */
export function reporter(
  file: YamlFile,
  path: readonly PathKey[],
  label: string,
  diagnostics: Diagnostic[],
): Report {
  const report = (sub: PathKey[], message: string, hint?: string, key = false): void => {
    diagnostics.push({
      ...file.positionOf([...path, ...sub], key),
      message: `${label}: ${message}`,
      ...(hint ? { hint } : {}),
    });
  };
  return Object.assign(report, { label });
}

function dateOf(written: WrittenEvent, start: string | undefined, report: Report): string | null {
  const { entry } = written;
  if (entry.date && entry.at) {
    report(['at'], 'has both `date` and `at`', 'keep one: a date, or days after the start');
    return null;
  }
  if (entry.date) return entry.date;
  if (entry.at) {
    const days = RELATIVE_DAY.exec(entry.at)?.[1];
    return start && days !== undefined ? addDays(start, Number(days)) : null;
  }
  report([], 'has no date', 'add `date: YYYY-MM-DD` (or `at: +Nd`, days after the start)');
  return null;
}

/** A citation names a catalog document and quotes one of its excerpts; a recorded event must have one. */
export function checkCitation(
  source: Citation | undefined,
  required: boolean,
  catalog: Catalog,
  report: Report,
): void {
  if (!source) {
    if (required)
      report(
        [],
        'has no source',
        'a recorded event cites `source: {doc, quote}`; mark the file `kind: what-if` for hypothetical events',
      );
    return;
  }
  const doc = catalog.sources.get(source.doc);
  if (!doc) {
    report(
      ['source', 'doc'],
      `unknown source document "${source.doc}"`,
      suggest(
        source.doc,
        [...catalog.sources.keys()],
        'catalog ids',
        'the catalog ids are the file names in seeds/',
      ),
    );
  } else if (!doc.excerpts.some((excerpt) => quotedIn(source.quote, excerpt))) {
    report(
      ['source', 'quote'],
      `quote not found in source "${doc.id}"`,
      `copy the words exactly from an excerpt in ${doc.file}, or add the excerpt there`,
    );
  }
}

/**
 * A move someone makes, in an event or a policy: a declared actor whose role may send the type,
 * with a payload the type accepts (and actors named in it declared). Returns the payload as the
 * type reads it, or null when it could not be read.
 */
export function checkMove(
  move: {
    readonly actor: string;
    readonly type: ScriptEventType;
    readonly payload?: Record<string, unknown>;
  },
  scenario: Resolved,
  file: YamlFile,
  path: readonly PathKey[],
  report: Report,
  diagnostics: Diagnostic[],
): Payload | null {
  const actorIds = scenario.actors.map((a) => a.id);
  const actor = scenario.actors.find((a) => a.id === move.actor);
  const spec = VOCABULARY[move.type];
  if (!actor) {
    report(
      ['actor'],
      `unknown actor "${move.actor}"`,
      suggest(move.actor, actorIds, 'declared actors'),
    );
  } else if (!(spec.actors as readonly string[]).includes(actor.role)) {
    report(
      ['actor'],
      `${move.actor} (${actor.role}) cannot send ${move.type}`,
      `${move.type} is sent by: ${spec.actors.join(', ')}`,
    );
  }
  const payload = (spec.payload as z.ZodObject).safeParse(move.payload ?? {});
  if (!payload.success) {
    const label = report.label;
    diagnostics.push(
      ...zodDiagnostics(payload.error, file, [...path, 'payload'], spec.payload).map((d) => ({
        ...d,
        message: `${label}: ${d.message}`,
      })),
    );
    return null;
  }
  for (const field of ACTOR_FIELDS) {
    const ref = payload.data[field];
    if (typeof ref === 'string' && !actorIds.includes(ref)) {
      report(
        ['payload', field],
        `unknown actor "${ref}" in payload.${field}`,
        suggest(ref, actorIds, 'declared actors'),
      );
    }
  }
  return payload.data;
}

/** Whether each region's wanted state (a state or a sub-state path) starts with a state of that region; reports the ones that do not. */
export function knownStates(
  state: Partial<Record<Region, string>> | undefined,
  report: Report,
  path: readonly PathKey[],
): boolean {
  let ok = true;
  for (const [region, wanted] of Object.entries(state ?? {}) as [Region, string][]) {
    const states: readonly string[] = REGION_STATES[region];
    const top = topOf(wanted);
    if (!states.includes(top)) {
      report(
        [...path, region],
        `unknown ${region} state "${wanted}"`,
        suggest(top, states, `${region} states`),
      );
      ok = false;
    }
  }
  return ok;
}

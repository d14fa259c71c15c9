/**
 * An event or a rule as written in a scenario file, with where each of its parts is, so a problem
 * found in it is reported at its line. The resolver collects them; the checks read them.
 */
import type { Diagnostic } from './diagnostics.js';
import type { PolicyEntry } from './policySchema.js';
import type { EventEntry } from './schema.js';
import type { PathKey, YamlFile } from './yamlFile.js';

/** An event as written, with where each of its parts can be found for messages. */
export interface WrittenEvent {
  readonly entry: EventEntry;
  readonly file: YamlFile;
  readonly path: readonly PathKey[];
  /** Written in a record, where every event must cite its source. */
  readonly recorded: boolean;
}

export interface WrittenPolicy {
  readonly entry: PolicyEntry;
  readonly file: YamlFile;
  readonly path: readonly PathKey[];
}

/** `event` on `date` is listed `relation` `other`, on `otherDate`, against date order. */
export function outOfOrder(
  event: WrittenEvent,
  date: string,
  relation: 'before' | 'after',
  other: WrittenEvent,
  otherDate: string,
): Diagnostic {
  const { entry, file, path } = event;
  return {
    ...file.positionOf([...path, entry.date ? 'date' : 'at']),
    message: `event "${entry.id}": events out of date order: ${date} is listed ${relation} "${other.entry.id}" on ${otherDate}`,
    hint: 'events must be listed in date order; move this event or fix its date',
  };
}

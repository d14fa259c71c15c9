/** `parley events [TYPE]`: the event vocabulary, or one type in full. */
import { closest } from '../scenario/diagnostics.js';
import { DEADLINE_PASSED, SCRIPT_EVENT_TYPES, isScriptEventType } from '../model/vocabulary.js';
import { eventDetail, eventsList } from '../report/eventReference.js';
import { visible } from '../text/sanitize.js';
import { EXIT, out } from './io.js';
import { commandLine, type Flags } from './args.js';
import { UsageError } from './usage.js';

/** The types `parley events` knows: the scenario files' own, and the clock's. */
const KNOWN: readonly string[] = [...SCRIPT_EVENT_TYPES, DEADLINE_PASSED];

/** The flags the command takes; `parley events --help` documents each (test/flags.test.ts). */
export const FLAGS = {} satisfies Flags;

export function eventsCommand(args: string[]): number {
  const { positionals } = commandLine(args, FLAGS);
  if (positionals.length > 1) throw new UsageError('events takes at most one event TYPE');
  const [type] = positionals;
  if (type === undefined) {
    out(eventsList());
    return EXIT.ok;
  }
  const wanted = type.toUpperCase();
  if (isScriptEventType(wanted) || wanted === DEADLINE_PASSED) {
    out(eventDetail(wanted));
    return EXIT.ok;
  }
  // A fragment such as WALKOUT is too far from every full name for `closest`, but names can contain it.
  const near = closest(type, KNOWN);
  if (!near.length) near.push(...KNOWN.filter((t) => t.includes(wanted)).slice(0, 3));
  process.stderr.write(
    `parley: unknown event type "${visible(type)}"\n  hint: ${near.length ? `did you mean ${near.join(' or ')}?` : 'run `parley events` for the list'}\n`,
  );
  return EXIT.invalid;
}

/**
 * An explanation in words: each finding, then its chain, one `<-` link a paragraph, with the
 * link's notes and its quote under it. The `explain` command prints it; the player's "why?"
 * view shows the same lines.
 */
import type { Cited, Explanation, Link, Note, RegionFinding } from '../engine/explain.js';
import type { Scenario } from '../scenario/types.js';
import { effectLine, quoted, shortActorLabel, signed } from './describe.js';
import { clean } from '../text/sanitize.js';
import { hanging, TERMINAL_WIDTH, wrapped } from './table.js';

const LINK = '  <- ';

/** "walked out: no; the walkout deadline of 2016-02-05 is pending, with endAirStrikes unmet" */
function walkoutText(walkout: Explanation['outcome']['walkout']): string {
  if (walkout.walkedOut) return `walked out: yes, on ${walkout.date}`;
  const { pending } = walkout;
  if (!pending) return 'walked out: no';
  const unmet = pending.unmet.length
    ? `, with ${pending.unmet.join(', ')} unmet`
    : ', every condition met so far';
  return `walked out: no; the walkout deadline of ${pending.date} is pending${unmet}`;
}

/** "2016-02-01 OFFENSIVE_LAUNCHED #aleppo-offensive": the id is what `g` in the player jumps to. */
function stepName(link: Link): string {
  const added = link.origin === 'script' && !link.recorded ? ' (what-if)' : '';
  return `${link.date} ${link.type} #${clean(link.id)}${added}`;
}

function citation(source: Cited): string {
  const where = source.outlet ? `${source.outlet}, ${source.published}` : source.doc;
  return `${quoted(source.quote)} -- ${clean(where)}`;
}

function noteText(note: Note): string {
  const by = (how: string): string => (note.step ? `${how} by ${stepName(note.step)}` : '');
  switch (note.kind) {
    case 'condition': {
      const what = `${note.name} ${note.met ? 'met' : 'unmet'}`;
      return `${what}: ${note.step ? by(note.change ?? '') : note.met ? 'from the start' : 'never met in the run'}`;
    }
    case 'state':
      return `required ${note.region} ${note.state}: ${note.step ? by('entered') : 'so from the start'}`;
    case 'halted':
      return `process ${note.state}: ${note.step ? by('halted') : 'so from the start'}`;
    case 'confidence': {
      const bounds = [
        note.below === null ? '' : `below ${note.below}`,
        note.atLeast === null ? '' : `at least ${note.atLeast}`,
      ].filter(Boolean);
      return `required confidence ${bounds.join(' and ')}: it was ${note.value}`;
    }
  }
}

/** One link: its step, rule and effects; then its notes and its quote, indented under it. */
function linkLines(link: Link, scenario: Scenario, width: number, lead = LINK): string[] {
  const { rule } = link;
  const drawn =
    rule?.roll === null || rule?.roll === undefined ? '' : `, drawn ${rule.roll.toFixed(2)}`;
  const made = rule
    ? ` (rule ${clean(rule.id)}, ${Math.round(rule.probability * 100)}%${drawn})`
    : '';
  const did = link.did.map((e) => effectLine(scenario, e, link.type)).join('; ');
  const head = `${stepName(link)} by ${shortActorLabel(scenario, link.actor)}${made}${did ? `: ${did}` : ''}`;
  const under = ' '.repeat(lead.length);
  const quote = link.source
    ? citation(link.source)
    : rule?.motivation
      ? `the rule's motivation: ${citation(rule.motivation)}`
      : null;
  return [
    ...hanging(lead, head, width),
    ...link.notes.flatMap((note) => wrapped(noteText(note), `${under}  `, width)),
    ...(quote ? wrapped(quote, under, width) : []),
  ];
}

const chainLines = (chain: readonly Link[], scenario: Scenario, width: number): string[] =>
  chain.flatMap((link) => linkLines(link, scenario, width));

function regionLines(finding: RegionFinding, scenario: Scenario, width: number): string[] {
  if (!finding.since)
    return wrapped(
      `${finding.region}: ${finding.state}, its initial state: no step has moved it`,
      '',
      width,
    );
  return [
    ...wrapped(`${finding.region}: ${finding.state} since ${finding.since}`, '', width),
    ...chainLines(finding.chain, scenario, width),
  ];
}

/**
 * The explanation as lines of at most `width` columns.
 * @example explanationLines(explain(run, catalog), run.scenario).join('\n') // 'Why: Geneva 2016...\n...\nopposition: walkoutThreat since 2016-02-02\n  <- 2016-02-02 WALKOUT_THREATENED #walkout-threat ...'
 */
export function explanationLines(
  explanation: Explanation,
  scenario: Scenario,
  width = TERMINAL_WIDTH,
): string[] {
  const { walkout, ceasefire, confidence } = explanation.outcome;
  const opposition = explanation.regions.find((r) => r.region === 'opposition');
  // The walkout is most often the opposition's state too: its chain is the one above.
  const walkoutShown = walkout.walkedOut && opposition?.chain[0]?.id === walkout.chain[0]?.id;
  const rest = confidence.rest.steps
    ? wrapped(
        `and ${confidence.rest.steps} smaller change${confidence.rest.steps === 1 ? '' : 's'}, ${signed(confidence.rest.by)} in all`,
        '  ',
        width,
      )
    : [];
  return [
    ...wrapped(`Why: ${clean(scenario.title)}`, '', width),
    ...wrapped(
      `scenario ${clean(explanation.scenario)}, seed ${explanation.seed}, the state on ${explanation.date}`,
      '',
      width,
    ),
    '',
    ...explanation.regions.flatMap((finding) => regionLines(finding, scenario, width)),
    '',
    'Outcome',
    ...wrapped(walkoutText(walkout), '', width),
    ...(walkoutShown
      ? [`${LINK}the chain under opposition, above`]
      : chainLines(walkout.chain, scenario, width)),
    ...wrapped(
      ceasefire.agreed
        ? `ceasefire agreed: yes (ceasefireTrack ${ceasefire.state})`
        : `ceasefire agreed: no (ceasefireTrack ${ceasefire.state})`,
      '',
      width,
    ),
    ...chainLines(ceasefire.chain, scenario, width),
    ...wrapped(
      confidence.largest.length
        ? `confidence: ${confidence.value} (${confidence.initial} at the start); the largest changes:`
        : `confidence: ${confidence.value}, as at the start: no step has changed it`,
      '',
      width,
    ),
    ...confidence.largest.flatMap((link) =>
      linkLines(
        link,
        scenario,
        width,
        `  ${signed(link.did[0]?.kind === 'confidence' ? link.did[0].by : 0).padStart(3)}  `,
      ),
    ),
    ...rest,
  ];
}

/** The context after a step as plain data: what the JSON, `explain` and the player report of it. */
import { unmetConditions, type TalksContext } from '../model/context.js';
import { PRECONDITION_NAMES, type Claim, type Precondition } from '../model/domain.js';

export interface ContextSummary {
  readonly confidence: number;
  readonly preconditions: Readonly<
    Record<Precondition, { readonly demanded: boolean; readonly met: boolean }>
  >;
  /** The conditions met, in the model's order: the quick answer to "what has been given?". */
  readonly met: readonly Precondition[];
  readonly deadline: {
    readonly actor: string;
    readonly setOn: string;
    readonly date: string;
    readonly conditions: readonly Precondition[];
    readonly unmet: readonly Precondition[];
  } | null;
  readonly claims: Readonly<Record<string, Claim>>;
  /** The latest assessment on the record, beside the model's confidence. */
  readonly assessment: {
    readonly actor: string;
    readonly level: number;
    readonly date: string;
  } | null;
}

export function summarizeContext(context: TalksContext): ContextSummary {
  const deadline = context.walkoutDeadline;
  return {
    confidence: context.confidence,
    preconditions: context.preconditions,
    met: PRECONDITION_NAMES.filter((name) => context.preconditions[name].met),
    deadline: deadline ? { ...deadline, unmet: unmetConditions(context) } : null,
    claims: context.claims,
    assessment: context.assessment,
  };
}

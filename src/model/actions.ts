/** Named context updates, each a curried immer producer applied through `assign`. */
import { assertEvent, assign, type ExtractEvent } from 'xstate';
import * as ctx from './context.js';
import type { TalksContext } from './context.js';
import type { Intensity } from './domain.js';
import type { MachineEvent } from './events.js';
import type { ScriptEventType } from './vocabulary.js';

type Update = (context: TalksContext) => TalksContext;

const onContext = <P extends object | undefined = undefined>(update: (params: P) => Update) =>
  assign<TalksContext, MachineEvent, P, MachineEvent, never>(({ context }, params) =>
    update(params)(context),
  );

/**
 * An update that reads the event it is attached to, of the types given: the payload comes typed.
 * Attached to another type, the action throws (XState's `assertEvent`): a fault in the machine.
 */
const onEvent = <T extends ScriptEventType>(
  types: readonly T[],
  update: (event: ExtractEvent<MachineEvent, T>) => Update,
) =>
  assign<TalksContext, MachineEvent, undefined, MachineEvent, never>(({ context, event }) => {
    assertEvent(event, types);
    return update(event)(context);
  });

/** How much an offensive of each intensity costs the confidence between the sides. */
const OFFENSIVE_COST: Record<Intensity, number> = { limited: 5, major: 10, massive: 20 };

/** What a gesture adds to confidence for each of the other side's conditions it newly meets. */
const GESTURE_GAIN = 10;

export const actions = {
  shiftConfidence: onContext((params: { by: number }) => ctx.adjustConfidence(params.by)),
  recordAssessment: onEvent(['CONFIDENCE_ASSESSED'], (e) =>
    ctx.recordAssessment(e.actor, e.payload.level, e.date),
  ),
  recordDemands: onEvent(['PRECONDITIONS_DEMANDED', 'BOYCOTT_ANNOUNCED'], (e) =>
    ctx.demand(
      e.type === 'BOYCOTT_ANNOUNCED' ? (e.payload.demands ?? []) : e.payload.preconditions,
    ),
  ),
  recordGesture: onEvent(['GESTURE_MADE'], (e) => (c) => {
    const { meets } = e.payload;
    const newlyMet = meets.filter((name) => !c.preconditions[name].met).length;
    return ctx.adjustConfidence(GESTURE_GAIN * Math.max(1, newlyMet))(ctx.meet(meets)(c));
  }),
  recordOffensive: onEvent(['OFFENSIVE_LAUNCHED'], (e) => (c) => {
    const { area, intensity } = e.payload;
    const withOffensive = ctx.recordOffensive(e.actor, area, intensity, e.date)(c);
    return ctx.adjustConfidence(-OFFENSIVE_COST[intensity])(
      ctx.unmeet(['endAirStrikes'])(withOffensive),
    );
  }),
  recordTerritoryTaken: onEvent(['TERRITORY_TAKEN'], (e) =>
    ctx.recordTaken(e.actor, e.payload.place, e.date),
  ),
  recordAttack: onEvent(['ATTACK_CLAIMED'], (e) =>
    ctx.recordAttack(e.actor, e.payload.place, e.payload.killed ?? null, e.date),
  ),
  recordDisputedDelegate: onEvent(['DELEGATION_VETOED'], (e) =>
    ctx.recordDisputedDelegate(e.payload.group, e.actor),
  ),
  recordWalkoutDeadline: onEvent(['WALKOUT_THREATENED'], (e) =>
    ctx.setWalkoutDeadline({
      actor: e.actor,
      setOn: e.date,
      date: e.payload.deadline,
      conditions: e.payload.conditions,
    }),
  ),
  clearWalkoutDeadline: onContext(() => ctx.setWalkoutDeadline(null)),
  recordStartDeclared: onEvent(['FORMAL_START_DECLARED'], (e) =>
    ctx.recordClaim(e.actor, 'started'),
  ),
  recordStartDisputed: onEvent(['START_DISPUTED'], (e) =>
    ctx.recordClaim(e.actor, e.payload.claim),
  ),
  recordFaceToFaceRefused: onEvent(['FACE_TO_FACE_REFUSED'], (e) =>
    ctx.recordFaceToFace(e.role, false),
  ),
  recordFaceToFaceAccepted: onEvent(['FACE_TO_FACE_ACCEPTED'], (e) =>
    ctx.recordFaceToFace(e.role, true),
  ),
  recordCeasefireVeto: onEvent(['CEASEFIRE_RULED_OUT'], (e) =>
    ctx.recordCeasefireVeto(e.actor, e.payload.scope ?? null),
  ),
  recordStatement: onEvent(['STATEMENT_ISSUED'], (e) => ctx.recordStatement(e.actor, e.date)),
  countCeasefireViolation: onContext(() => ctx.countCeasefireViolation),
};

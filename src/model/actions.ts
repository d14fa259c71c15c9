/** Named context updates, each a curried immer producer applied through `assign`. */
import { assign } from 'xstate';
import * as ctx from './context.js';
import type { TalksContext } from './context.js';
import type { Intensity } from './domain.js';
import * as read from './events.js';
import type { TalksEvent } from './events.js';

type Update = (context: TalksContext) => TalksContext;

const onContext = <P extends object | undefined = undefined>(update: (params: P) => Update) =>
  assign<TalksContext, TalksEvent, P, TalksEvent, never>(({ context }, params) => update(params)(context));

/** The clock's own events reach the machine without a payload: they leave the context alone. */
const withEvent = (update: (event: TalksEvent) => Update) =>
  assign<TalksContext, TalksEvent, undefined, TalksEvent, never>(({ context, event }) =>
    'payload' in event ? update(event)(context) : context);

/** How much an offensive of each intensity costs the confidence between the sides. */
const OFFENSIVE_COST: Record<Intensity, number> = { limited: 5, major: 10, massive: 20 };

/** What a gesture adds to confidence for each of the other side's conditions it newly meets. */
const GESTURE_GAIN = 10;

export const actions = {
  shiftConfidence: onContext((params: { by: number }) => ctx.adjustConfidence(params.by)),
  recordAssessment: withEvent((e) => ctx.recordAssessment(e.actor, read.count(e.payload, 'level') ?? 0, e.date)),
  recordDemands: withEvent((e) => ctx.demand([
    ...read.preconditionList(e.payload, 'preconditions'),
    ...read.preconditionList(e.payload, 'demands'),
  ])),
  recordGesture: withEvent((e) => (c) => {
    const meets = read.preconditionList(e.payload, 'meets');
    const newlyMet = meets.filter((name) => !c.preconditions[name].met).length;
    return ctx.adjustConfidence(GESTURE_GAIN * Math.max(1, newlyMet))(ctx.meet(meets)(c));
  }),
  recordOffensive: withEvent((e) => (c) => {
    const level = read.intensity(e.payload);
    const withOffensive = ctx.recordOffensive(e.actor, read.text(e.payload, 'area') ?? '', level, e.date)(c);
    return ctx.adjustConfidence(-OFFENSIVE_COST[level])(ctx.unmeet(['endAirStrikes'])(withOffensive));
  }),
  recordTerritoryTaken: withEvent((e) => ctx.recordTaken(e.actor, read.text(e.payload, 'place') ?? '', e.date)),
  recordAttack: withEvent((e) =>
    ctx.recordAttack(e.actor, read.text(e.payload, 'place') ?? '', read.count(e.payload, 'killed'), e.date)),
  recordDisputedDelegate: withEvent((e) => ctx.recordDisputedDelegate(read.text(e.payload, 'group') ?? '', e.actor)),
  recordWalkoutDeadline: withEvent((e) =>
    ctx.setWalkoutDeadline({
      actor: e.actor,
      setOn: e.date,
      date: read.text(e.payload, 'deadline') ?? e.date,
      conditions: read.preconditionList(e.payload, 'conditions'),
    })),
  clearWalkoutDeadline: onContext(() => ctx.setWalkoutDeadline(null)),
  recordStartDeclared: withEvent((e) => ctx.recordClaim(e.actor, 'started')),
  recordStartDisputed: withEvent((e) => ctx.recordClaim(e.actor, read.claim(e.payload))),
  recordFaceToFaceRefused: withEvent((e) => ctx.recordFaceToFace(e.role, false)),
  recordFaceToFaceAccepted: withEvent((e) => ctx.recordFaceToFace(e.role, true)),
  recordCeasefireVeto: withEvent((e) => ctx.recordCeasefireVeto(e.actor, read.text(e.payload, 'scope'))),
  recordStatement: withEvent((e) => ctx.recordStatement(e.actor, e.date)),
  countCeasefireViolation: onContext(() => ctx.countCeasefireViolation),
};

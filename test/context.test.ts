/**
 * The context's updates: each gives back the context it was given when it changes nothing (a
 * step's effects and the path search's cache compare contexts by identity), and a new one, the
 * old untouched, when something changed.
 */
import { describe, expect, test } from 'vitest';
import {
  adjustConfidence,
  createContext,
  demand,
  meet,
  recordClaim,
  recordDisputedDelegate,
  setWalkoutDeadline,
} from '../src/model/context.js';

const start = createContext({ confidence: 100 });

describe('an update that changes nothing', () => {
  test('keeps the context it was given', () => {
    expect(adjustConfidence(0)(start)).toBe(start);
    expect(adjustConfidence(10)(start)).toBe(start); // already at the top
    expect(setWalkoutDeadline(null)(start)).toBe(start);
    const demanded = demand(['liftSieges'])(start);
    expect(demand(['liftSieges'])(demanded)).toBe(demanded);
    const vetoed = recordDisputedDelegate('Army of Islam', 'russia')(start);
    expect(recordDisputedDelegate('Army of Islam', 'russia')(vetoed)).toBe(vetoed);
    const claimed = recordClaim('hnc', 'started')(start);
    expect(recordClaim('hnc', 'started')(claimed)).toBe(claimed);
  });
});

describe('an update that changes something', () => {
  test('gives a new context with the change, the one it was given untouched', () => {
    const lower = adjustConfidence(-10)(start);
    expect([lower.confidence, start.confidence]).toEqual([90, 100]);
    const demanded = demand(['liftSieges'])(start);
    const met = meet(['liftSieges', 'endAirStrikes'])(demanded);
    expect(met.preconditions.liftSieges).toEqual({ demanded: true, met: true });
    expect(met.preconditions.endAirStrikes).toEqual({ demanded: false, met: true });
    expect(demanded.preconditions.liftSieges.met).toBe(false);
    const withDeadline = setWalkoutDeadline({
      actor: 'hnc',
      setOn: '2016-02-02',
      date: '2016-02-05',
      conditions: ['liftSieges'],
    })(start);
    expect(setWalkoutDeadline(null)(withDeadline).walkoutDeadline).toBeNull();
    expect(recordClaim('hnc', 'notStarted')(recordClaim('hnc', 'started')(start)).claims).toEqual({
      hnc: 'notStarted',
    });
  });

  test('a delegate disputed by a second actor is recorded again, by that actor', () => {
    const once = recordDisputedDelegate('Army of Islam', 'russia')(start);
    expect(recordDisputedDelegate('Army of Islam', 'government')(once).disputedDelegates).toEqual([
      { group: 'Army of Islam', by: 'russia' },
      { group: 'Army of Islam', by: 'government' },
    ]);
  });
});

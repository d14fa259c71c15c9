/**
 * The machine's rules written by hand as one reducer over plain objects: the baseline that shows
 * what XState's pure transition() costs. Same regions, states, guards and confidence shifts.
 */
const clamp = (n) => Math.max(0, Math.min(100, n));
const present = (s) =>
  (s.opposition === 'attending' || s.opposition === 'walkoutThreat') &&
  s.government === 'attending';

export function initial(confidence = 30) {
  return {
    process: 'scheduled',
    opposition: 'undecided',
    government: 'undecided',
    ceasefireTrack: 'offAgenda',
    confidence,
    met: {},
    faceToFace: {},
    claims: {},
    deadline: null,
  };
}

const SHIFT = {
  ASSURANCES_OFFERED: 5,
  ENVOY_MET: 2,
  MEETING_CANCELLED: -10,
  PROTEST_HELD: -5,
  DELEGATION_VETOED: -5,
  TERRITORY_TAKEN: -5,
  ATTACK_CLAIMED: -5,
  FACE_TO_FACE_REFUSED: -5,
  FACE_TO_FACE_ACCEPTED: 5,
};
const OFFENSIVE = { limited: 5, major: 10, massive: 20 };

/** Returns the next state, or the same object when the event is refused. */
export function reduce(s, e) {
  const n = { ...s };
  const side =
    e.role === 'opposition' ? 'opposition' : e.role === 'government' ? 'government' : null;
  let accepted = true;
  switch (e.type) {
    case 'TALKS_DELAYED':
      if (s.process !== 'scheduled' && s.process !== 'delayed') return s;
      n.process = 'delayed';
      break;
    case 'DELEGATION_ARRIVED':
      if (
        !side ||
        (side === 'opposition'
          ? !['undecided', 'boycott'].includes(s.opposition)
          : s.government !== 'undecided')
      )
        return s;
      n[side] = 'attending';
      if (s.process === 'scheduled' || s.process === 'delayed') n.process = 'preparatory';
      break;
    case 'BOYCOTT_ANNOUNCED':
      if (side !== 'opposition' || !['undecided', 'attending'].includes(s.opposition)) return s;
      n.opposition = 'boycott';
      n.confidence = clamp(s.confidence - 10);
      break;
    case 'FORMAL_START_DECLARED':
      if (s.process !== 'preparatory' || !present(s)) return s;
      n.process = 'proximityTalks.declared';
      n.claims = { ...s.claims, [e.actor]: 'started' };
      n.confidence = clamp(s.confidence + 5);
      break;
    case 'START_DISPUTED':
      if (!s.process.startsWith('proximityTalks')) return s;
      n.claims = { ...s.claims, [e.actor]: e.payload.claim };
      if (s.process === 'proximityTalks.declared') {
        n.process = 'proximityTalks.contested';
        n.confidence = clamp(s.confidence - 5);
      }
      break;
    case 'WALKOUT_THREATENED':
      if (side !== 'opposition' || !['attending', 'walkoutThreat'].includes(s.opposition)) return s;
      n.opposition = 'walkoutThreat';
      n.deadline = { date: e.payload.deadline, conditions: e.payload.conditions };
      n.confidence = clamp(s.confidence - (s.opposition === 'attending' ? 10 : 5));
      break;
    case 'WALKED_OUT':
      if (!side || !['attending', 'walkoutThreat'].includes(s[side])) return s;
      n[side] = 'walkedOut';
      n.confidence = clamp(s.confidence - 15);
      if (n.process.startsWith('proximityTalks') || n.process === 'directTalks')
        n.process = 'suspended';
      break;
    case 'CEASEFIRE_CALLED':
      if (s.ceasefireTrack !== 'offAgenda' && s.ceasefireTrack !== 'collapsed') return s;
      n.ceasefireTrack = 'proposed';
      break;
    case 'CEASEFIRE_RULED_OUT':
      if (s.ceasefireTrack !== 'proposed' && s.ceasefireTrack !== 'negotiating') return s;
      n.ceasefireTrack = 'proposed';
      n.confidence = clamp(s.confidence - 10);
      break;
    case 'CEASEFIRE_AGREED':
      if (s.ceasefireTrack !== 'proposed' && s.ceasefireTrack !== 'negotiating') return s;
      n.ceasefireTrack = 'agreed';
      n.confidence = clamp(s.confidence + 15);
      break;
    case 'CEASEFIRE_TOOK_EFFECT':
      if (s.ceasefireTrack !== 'agreed') return s;
      n.ceasefireTrack = 'inForce';
      break;
    case 'TALKS_SUSPENDED':
      if (
        !['preparatory', 'directTalks'].includes(s.process) &&
        !s.process.startsWith('proximityTalks')
      )
        return s;
      n.process = 'suspended';
      break;
    case 'TALKS_RESUMED':
      if (s.process !== 'suspended' && s.process !== 'concluded') return s;
      n.process = present(s) ? 'proximityTalks.declared' : 'preparatory';
      break;
    case 'RETURNED_TO_TALKS':
      if (!side || s[side] !== 'walkedOut') return s;
      n[side] = 'attending';
      n.confidence = clamp(s.confidence + 5);
      break;
    case 'CEASEFIRE_TALKS_OPENED':
      if (s.ceasefireTrack !== 'proposed') return s;
      n.ceasefireTrack = 'negotiating';
      n.confidence = clamp(s.confidence + 5);
      break;
    case 'TALKS_CONCLUDED':
      if (!s.process.startsWith('proximityTalks') && s.process !== 'directTalks') return s;
      n.process = 'concluded';
      break;
    case 'OFFENSIVE_LAUNCHED':
      n.met = { ...s.met, endAirStrikes: false };
      n.confidence = clamp(s.confidence - OFFENSIVE[e.payload.intensity]);
      break;
    case 'GESTURE_MADE':
      n.met = { ...s.met, ...Object.fromEntries(e.payload.meets.map((p) => [p, true])) };
      n.confidence = clamp(s.confidence + 10);
      break;
    case 'CONFIDENCE_ASSESSED':
      n.confidence = clamp(e.payload.level);
      break;
    case 'FACE_TO_FACE_REFUSED':
    case 'FACE_TO_FACE_ACCEPTED':
      n.faceToFace = { ...s.faceToFace, [e.role]: e.type === 'FACE_TO_FACE_ACCEPTED' };
      n.confidence = clamp(s.confidence + SHIFT[e.type]);
      break;
    default:
      accepted =
        e.type in SHIFT ||
        e.type === 'PRECONDITIONS_DEMANDED' ||
        e.type === 'STATEMENT_ISSUED' ||
        e.type === 'CEASEFIRE_VIOLATED';
      if (!accepted) return s;
      n.confidence = clamp(s.confidence + (SHIFT[e.type] ?? 0));
  }
  return n;
}

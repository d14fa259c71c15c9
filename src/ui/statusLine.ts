/** The player's bottom line: what autoplay is doing, the last message, or the keys that work. */
import { atEnd, type PlayerState } from './playerState.js';
import { score, verdict } from './predict.js';

const KEYS = '→/← step  g jump  f fork  b branches  s save  p play  k predict  ? help  q quit';
/** For a window narrower than KEYS: help and quit must stay on it; help lists the rest. */
const FEW_KEYS = '→/← step  g jump  f fork  b branches  s save  ? help  q quit';

/**
 * The status line at this width. At the end of a predict-mode run, the verdict on the guesses.
 * @example statusLine(state, 80)
 * // '→/← step  g jump  f fork  b branches  s save  p play  k predict  ? help  q quit'
 */
export function statusLine(s: PlayerState, columns: number): string {
  const { message, predict } = s.session;
  if (s.playing) return `playing, a step every ${s.speed / 1000}s  p stop  +/- speed  ? help`;
  if (message) return `${message}  · ? help`;
  if (predict.on && atEnd(s)) return `${verdict(score(predict.guesses))}  · ? help`;
  return columns > KEYS.length ? KEYS : FEW_KEYS;
}

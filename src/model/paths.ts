import type { StateValue } from 'xstate';
import { REGIONS, type StatePaths } from './domain.js';

/** A nested state value as a dotted path: `{ proximityTalks: 'contested' }` -> `proximityTalks.contested`. */
export function toPath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? ['', ''];
  return child && (typeof child === 'string' || Object.keys(child).length)
    ? `${key}.${toPath(child)}`
    : key;
}

/** A state path's top-level state: `proximityTalks.contested` -> `proximityTalks`. */
export function topOf(path: string): string {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(0, dot);
}

// Snapshots are immutable, so each value object's paths are worked out once (the engine asks often).
const cache = new WeakMap<object, StatePaths>();

/** The machine's value as one dotted path per region. */
export function statePaths(value: StateValue): StatePaths {
  const regions = value as Record<string, StateValue>;
  let paths = cache.get(regions);
  if (!paths) {
    paths = Object.fromEntries(REGIONS.map((r) => [r, toPath(regions[r] ?? '')])) as StatePaths;
    cache.set(regions, paths);
  }
  return paths;
}

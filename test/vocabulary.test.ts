/** What `parley events` and the player say of each step type: its meaning and its CAMEO code. */
import { expect, test } from 'vitest';
import {
  cameoOf,
  DEADLINE_MEANING,
  DEADLINE_PASSED,
  meaningOf,
  SCRIPT_EVENT_TYPES,
} from '../src/model/vocabulary.js';

test('every event type has a meaning; the clock step its own; an unknown type none', () => {
  expect(meaningOf('WALKED_OUT')).toBe('A delegation leaves the talks.');
  for (const type of SCRIPT_EVENT_TYPES) expect(meaningOf(type), type).not.toBe('');
  expect(meaningOf(DEADLINE_PASSED)).toBe(DEADLINE_MEANING);
  expect(meaningOf('NO_SUCH_TYPE')).toBe('');
});

test('a CAMEO code where one fits; none for delays, suspensions and collapses, nor for the clock', () => {
  expect(cameoOf('WALKED_OUT')).toBe('161');
  expect(cameoOf('BOYCOTT_ANNOUNCED')).toBe('125');
  expect(SCRIPT_EVENT_TYPES.filter((type) => cameoOf(type) === '')).toEqual([
    'TALKS_DELAYED',
    'TALKS_SUSPENDED',
    'TALKS_COLLAPSED',
  ]);
  expect(cameoOf(DEADLINE_PASSED)).toBe('');
  expect(cameoOf('NO_SUCH_TYPE')).toBe('');
});

/**
 * Keys for a list narrowed by typing: letters narrow it, Backspace widens it, up/down (and page
 * keys) move, Enter chooses, Esc clears what was typed, then goes back.
 */
import { useInput } from 'ink';
import { useRef, useState } from 'react';
import { typeInto } from './typing.js';

export interface Filtered {
  readonly query: string;
  readonly selected: number;
}

/**
 * `count` says how many items a query leaves; the cursor goes back to the first when the query
 * changes.
 */
export function useFilterInput(
  count: (query: string) => number,
  page: number,
  onChoose: (index: number, query: string) => void,
  onCancel: () => void,
  initial: Filtered,
): Filtered {
  // The ref, not the state, is read on Enter: keys typed ahead can arrive before a re-render.
  const state = useRef(initial);
  const [shown, setShown] = useState(initial);
  useInput((input, key) => {
    const set = (query: string, selected: number): void => {
      state.current = { query, selected };
      setShown(state.current);
    };
    const { query, selected } = state.current;
    const move = (by: number): void =>
      set(query, Math.max(0, Math.min(count(query) - 1, selected + by)));
    if (key.upArrow) move(-1);
    else if (key.downArrow) move(1);
    else if (key.pageUp) move(-page);
    else if (key.pageDown) move(page);
    else if (key.return) {
      if (count(query) > 0) onChoose(selected, query);
    } else if (key.escape) {
      if (query) set('', 0);
      else onCancel();
    } else if (key.backspace || key.delete) set(query.slice(0, -1), 0);
    else if (!key.ctrl && !key.meta) {
      const typed = typeInto(query, input);
      if (typed.text !== query) set(typed.text, 0);
      if (typed.entered && count(typed.text) > 0)
        onChoose(typed.text === query ? selected : 0, typed.text);
    }
  });
  return shown;
}

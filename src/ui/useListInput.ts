/**
 * Keys for choosing from a list: up/down (and page keys) to move, Enter to choose, Esc to go
 * back.
 */
import { useInput } from 'ink';
import { useRef, useState } from 'react';

export function useListInput(
  count: number,
  page: number,
  onChoose: (index: number) => void,
  onCancel: () => void,
  initial = 0,
): number {
  // The ref, not the state, is read on Enter: keys typed ahead can arrive before a re-render.
  const selected = useRef(initial);
  const [shown, setShown] = useState(initial);
  useInput((_input, key) => {
    const move = (by: number): void => {
      selected.current = Math.max(0, Math.min(count - 1, selected.current + by));
      setShown(selected.current);
    };
    if (key.upArrow) move(-1);
    else if (key.downArrow) move(1);
    else if (key.pageUp) move(-page);
    else if (key.pageDown) move(page);
    else if (key.return && count > 0) onChoose(selected.current);
    else if (key.escape) onCancel();
  });
  return shown;
}

/** Keys for a one-line text prompt: type, Backspace, Enter to submit, Esc to cancel. */
import { useInput } from 'ink';
import { useRef, useState } from 'react';
import { typeInto } from './typing.js';

export function usePromptInput(
  initial: string,
  onSubmit: (text: string) => void,
  onCancel: () => void,
): string {
  // The ref, not the state, is read on Enter: pasted text and Enter can arrive before a re-render.
  const text = useRef(initial);
  const [shown, setShown] = useState(initial);
  const set = (next: string): void => {
    text.current = next;
    setShown(next);
  };
  useInput((input, key) => {
    if (key.return) onSubmit(text.current);
    else if (key.escape) onCancel();
    else if (key.backspace || key.delete) set(text.current.slice(0, -1));
    else if (!key.ctrl && !key.meta) {
      const typed = typeInto(text.current, input);
      set(typed.text);
      if (typed.entered) onSubmit(typed.text);
    }
  });
  return shown;
}

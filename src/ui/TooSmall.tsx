/**
 * The whole screen while the window is below the player's minimum. Only q acts, and it still asks
 * first while a fork is unsaved: a key that opened a dialog nobody can see would leave nothing
 * reading the keyboard, and Ink would let the program end with the fork unsaved.
 */
import { Text, useInput } from 'ink';
import { useConfirmInput } from './useConfirmInput.js';

export interface TooSmallProps {
  readonly message: string;
  /** The quit question, while it is asked; null otherwise. */
  readonly question: string | null;
  readonly quit: () => void;
  readonly stay: () => void;
  readonly exit: () => void;
}

export function TooSmall({ message, question, quit, stay, exit }: TooSmallProps) {
  return question === null ? (
    <Waiting message={message} quit={quit} />
  ) : (
    <Asking question={question} yes={exit} no={stay} />
  );
}

function Waiting({ message, quit }: { readonly message: string; readonly quit: () => void }) {
  useInput((input) => {
    if (input === 'q') quit();
  });
  return <Text>{message}</Text>;
}

function Asking({
  question,
  yes,
  no,
}: {
  readonly question: string;
  readonly yes: () => void;
  readonly no: () => void;
}) {
  useConfirmInput(yes, no);
  return <Text>{`${question} (y/n)`}</Text>;
}

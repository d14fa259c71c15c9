/** What the engine takes for granted, said out loud: a broken assumption fails with its own message. */

/** The value, which the caller knows is there; otherwise an error that says what was assumed. */
export function present<T>(value: T | null | undefined, assumption: string): T {
  if (value === undefined || value === null) throw new Error(`parley engine: ${assumption}`);
  return value;
}

import { expect } from 'vitest';
import { readScenarioText } from '../../src/scenario/readSource.js';

/** Why `path` could not be read, as [message] or [message, hint], checked to stand at 1:1 of `shown`. */
export function refusal(path: string, shown = 'shown.yaml'): string[] {
  const read = readScenarioText(path, shown);
  if (!('error' in read)) throw new Error(`${path} was read`);
  expect(read.error).toMatchObject({ file: shown, line: 1, col: 1 });
  const { message, hint } = read.error;
  return hint === undefined ? [message] : [message, hint];
}

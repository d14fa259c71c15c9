/** Starts the Ink player on the real terminal and resolves when the person quits. */
import { render } from 'ink';
import { defaultCatalog } from '../scenario/load.js';
import type { Scenario } from '../scenario/types.js';
import { App } from './App.js';

export async function startPlayer(scenario: Scenario, options: { readonly predict: boolean; readonly seed?: number }): Promise<void> {
  const instance = render(<App scenario={scenario} catalog={defaultCatalog()} predict={options.predict} seed={options.seed} />, { exitOnCtrlC: true });
  await instance.waitUntilExit();
}

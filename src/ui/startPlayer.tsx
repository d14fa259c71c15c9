/**
 * Starts the Ink player on the real terminal and resolves when the person quits. It takes the
 * catalog the command has already read rather than reading it again.
 */
import { render } from 'ink';
import type { Catalog } from '../scenario/catalog.js';
import type { Scenario } from '../scenario/types.js';
import { App } from './App.js';

export async function startPlayer(
  scenario: Scenario,
  catalog: Catalog,
  options: { readonly predict: boolean; readonly seed?: number; readonly watch: boolean },
): Promise<void> {
  const instance = render(
    <App
      scenario={scenario}
      catalog={catalog}
      predict={options.predict}
      seed={options.seed}
      watch={options.watch}
    />,
    { exitOnCtrlC: false },
  );
  await instance.waitUntilExit();
}

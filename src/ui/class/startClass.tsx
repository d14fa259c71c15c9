/** Starts the hot-seat screen on the real terminal and resolves when the class quits. */
import { render } from 'ink';
import type { Game } from '../../engine/game.js';
import type { Catalog } from '../../scenario/catalog.js';
import { ThemeProvider, themeFromEnv } from '../theme.js';
import { ClassScreen } from './ClassScreen.js';

export async function startClass(game: Game, path: string, catalog: Catalog): Promise<void> {
  const instance = render(
    <ThemeProvider value={themeFromEnv()}>
      <ClassScreen game={game} path={path} catalog={catalog} />
    </ThemeProvider>,
  );
  await instance.waitUntilExit();
}

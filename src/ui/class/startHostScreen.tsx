/** Starts the facilitator's screen on the real terminal and resolves when the facilitator ends it. */
import { render } from 'ink';
import type { Host } from '../../net/host.js';
import type { Catalog } from '../../scenario/catalog.js';
import { ThemeProvider, themeFromEnv } from '../theme.js';
import { HostScreen } from './HostScreen.js';

export async function startHostScreen(
  host: Host,
  heading: readonly string[],
  handoutPath: string,
  catalog: Catalog,
): Promise<void> {
  const instance = render(
    <ThemeProvider value={themeFromEnv()}>
      <HostScreen host={host} heading={heading} handoutPath={handoutPath} catalog={catalog} />
    </ThemeProvider>,
  );
  await instance.waitUntilExit();
}

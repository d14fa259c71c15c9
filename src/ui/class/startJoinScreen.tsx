/** Starts a team's screen on the real terminal; resolves with why it failed, or null. */
import { render } from 'ink';
import type { Seat } from '../../net/client.js';
import { ThemeProvider, themeFromEnv } from '../theme.js';
import { JoinScreen } from './JoinScreen.js';

export async function startJoinScreen(seat: Seat): Promise<string | null> {
  let problem: string | null = null;
  const instance = render(
    <ThemeProvider value={themeFromEnv()}>
      <JoinScreen
        seat={seat}
        onClosed={(why) => {
          problem = why;
          instance.unmount();
        }}
      />
    </ThemeProvider>,
  );
  await instance.waitUntilExit();
  return problem;
}

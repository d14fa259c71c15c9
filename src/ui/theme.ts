/** Colour is an extra, never the only signal: every coloured thing also has a marker or a word. */
import type { TextProps } from 'ink';
import { createContext, useContext } from 'react';

export interface Theme {
  readonly colour: boolean;
}

/** https://no-color.org: any non-empty NO_COLOR turns colour off. */
export function themeFromEnv(env: NodeJS.ProcessEnv = process.env): Theme {
  return { colour: !env.NO_COLOR };
}

export type Tone =
  | 'current'
  | 'next'
  | 'policy'
  | 'refused'
  | 'deadline'
  | 'whatIf'
  | 'met'
  | 'unmet'
  | 'dim'
  | 'heading';

const TONES: Record<Tone, TextProps> = {
  current: { color: 'black', backgroundColor: 'cyan' },
  next: { color: 'cyan' },
  refused: { color: 'red' },
  deadline: { color: 'yellow' },
  whatIf: { color: 'magenta' },
  // Plain blue and grey wash out on a projector, on light and dark screens alike.
  policy: { color: 'blueBright' },
  met: { color: 'green' },
  unmet: { color: 'red' },
  // Quiet text keeps the terminal's own colour: it is still read from the back of a room.
  dim: {},
  heading: { color: 'cyan', bold: true },
};

/** Text props for a tone, or none at all without colour. */
export function paint(theme: Theme, tone: Tone | null): TextProps {
  return theme.colour && tone ? TONES[tone] : {};
}

const ThemeContext = createContext<Theme>({ colour: false });

/** The theme for everything drawn inside it; the player sets it once, at its root. */
export const ThemeProvider = ThemeContext.Provider;

/** The theme set by the nearest ThemeProvider: plain text where there is none. */
export const useTheme = (): Theme => useContext(ThemeContext);

/** Text props for a tone in the theme of the view drawing it. */
export function usePaint(): (tone: Tone | null) => TextProps {
  const theme = useTheme();
  return (tone) => paint(theme, tone);
}

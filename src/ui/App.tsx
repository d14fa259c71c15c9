/**
 * The player: header, statechart, current event, timeline and context, status line; dialogs on
 * top.
 */
import { Box, Text, useApp } from 'ink';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { replay } from '../engine/run.js';
import { clean } from '../text/sanitize.js';
import type { Catalog } from '../scenario/catalog.js';
import type { Scenario } from '../scenario/types.js';
import { recordBranch, stateAt } from '../engine/branches.js';
import { ContextPanel } from './ContextPanel.js';
import { DISTRIBUTION_RUNS, type SimulationOptions } from './DistributionView.js';
import { EventPanel } from './EventPanel.js';
import { Line } from './Line.js';
import { Overlay } from './Overlay.js';
import { selectContext, selectEvent, selectTimeline } from './selectors.js';
import { fitWidth } from '../text/fit.js';
import { isTooSmall, layoutOf, MIN_SIZE } from './layout.js';
import { initialPlayerState, playerReducer } from './playerState.js';
import { questionOf, revealText, score, scoreLine } from './predict.js';
import { activeBranch, quitQuestion } from './session.js';
import { Statechart, statechartRows } from './Statechart.js';
import { statusLine } from './statusLine.js';
import { ThemeProvider, themeFromEnv, type Theme } from './theme.js';
import { Timeline } from './Timeline.js';
import { TooSmall } from './TooSmall.js';
import { useAutoplay } from './useAutoplay.js';
import { useInterruptInput } from './useInterruptInput.js';
import { usePlayerInput } from './usePlayerInput.js';
import { useStatechart } from './useStatechart.js';
import { useTerminalSize, type Size } from './useTerminalSize.js';

export interface AppProps {
  readonly scenario: Scenario;
  readonly catalog: Catalog;
  readonly predict?: boolean;
  /** Defaults to the scenario's own seed. */
  readonly seed?: number;
  /** Where `s` offers to save a fork. */
  readonly saveDir?: string;
  /** A fixed size (tests); otherwise the terminal's, following resizes. */
  readonly size?: Size;
  /** Defaults to the environment's (NO_COLOR). */
  readonly theme?: Theme;
  /** The runs of the `d` view (10,000); fewer in tests. */
  readonly simulation?: SimulationOptions;
}

/** The player in its theme: every view below reads it from the context. */
export function App({ theme, ...props }: AppProps) {
  const value = useMemo(() => theme ?? themeFromEnv(), [theme]);
  return (
    <ThemeProvider value={value}>
      <Player {...props} />
    </ThemeProvider>
  );
}

/** Draws the state and sends it the keys; playerState says what each key does. */
function Player({
  scenario,
  catalog,
  predict = false,
  seed,
  saveDir = process.cwd(),
  size: fixed,
  simulation = { runs: DISTRIBUTION_RUNS },
}: Omit<AppProps, 'theme'>) {
  const { exit } = useApp();
  const size = useTerminalSize(fixed);
  const { columns, rows } = size;
  const [state, dispatch] = useReducer(playerReducer, null, () =>
    initialPlayerState(recordBranch(replay(scenario, { seed })), predict),
  );
  const { session, dialog, playing } = state;
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);
  const tooSmall = isTooSmall(size);
  const tick = useCallback(() => dispatch({ type: 'tick' }), []);
  // Paused, not stopped, while the steps cannot be seen or a dialog is open (the reducer ignores
  // a tick then too).
  useAutoplay(playing && dialog === null && !tooSmall, state.speed, tick);
  useInterruptInput(() => dispatch({ type: 'interrupt' }));
  usePlayerInput(dispatch, dialog === null && !tooSmall);

  const branch = activeBranch(session);
  const { run, cursor } = branch;
  const total = run.entries.length;
  const regions = useStatechart(stateAt(run, cursor), run.scenario);
  const layout = layoutOf(size, statechartRows(regions, columns), session.predict.on);
  if (tooSmall) {
    // A dialog left open stays behind this screen and comes back when the window grows, unless q
    // replaces it.
    const need = `at least ${MIN_SIZE.columns}x${MIN_SIZE.rows} (this one is ${columns}x${rows})`;
    return (
      <TooSmall
        message={`Make the window larger: parley needs ${need}. q quits.`}
        question={dialog === 'quit' ? quitQuestion(session) : null}
        quit={() => dispatch({ type: 'open', dialog: 'quit' })}
        stay={() => dispatch({ type: 'close' })}
        exit={() => dispatch({ type: 'quit' })}
      />
    );
  }

  const event = selectEvent(run, cursor, catalog);
  const { predict: game } = session;
  const reveal = game.reveal ? ` · ${revealText(game.reveal)}` : '';
  const hidden = game.asking ? run.entries[cursor] : undefined;
  const saved = branch.file === null ? ' (unsaved)' : '';

  return (
    <Box flexDirection="column" width={columns} height={layout.height}>
      <Box height={1}>
        <Box flexGrow={1}>
          <Line tone="heading">{`parley · ${clean(scenario.title)}`}</Line>
        </Box>
        <Box flexShrink={0}>
          <Text>{` branch ${branch.name}${saved} · step ${cursor}/${total}`}</Text>
        </Box>
      </Box>
      <Statechart regions={regions} width={columns} />
      {dialog ? (
        <Overlay
          dialog={dialog}
          session={session}
          dispatch={dispatch}
          height={layout.body + layout.footer}
          width={columns}
          saveDir={saveDir}
          event={event}
          catalog={catalog}
          simulation={simulation}
        />
      ) : (
        <>
          <Box flexDirection="column" height={layout.body}>
            <EventPanel
              event={event}
              title={`step ${cursor} of ${total}${reveal}`}
              question={hidden ? questionOf(run.scenario, hidden.step, columns) : null}
              startDate={run.initial.date}
              width={columns}
              height={layout.event}
            />
            <Box height={layout.below}>
              <Timeline
                rows={selectTimeline(run, cursor, layout.below - 1, game.on)}
                title={`timeline ${cursor}/${total}`}
                width={layout.timelineWidth}
              />
              <ContextPanel
                context={selectContext(run, cursor)}
                height={layout.below}
                width={layout.contextWidth}
              />
            </Box>
          </Box>
          {game.on && (
            <Line tone="heading">
              {fitWidth(scoreLine(score(game.guesses), game.skipped), columns)}
            </Line>
          )}
          <Line tone={session.message ? 'heading' : 'dim'}>{statusLine(state, columns)}</Line>
        </>
      )}
    </Box>
  );
}

/**
 * The player: header, statechart, current event, timeline and context, status line; dialogs on
 * top.
 */
import { existsSync } from 'node:fs';
import { Box, Text, useApp } from 'ink';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { loadScenario } from '../engine/load.js';
import { replay } from '../engine/run.js';
import type { Diagnostic } from '../scenario/diagnostics.js';
import { clean } from '../text/sanitize.js';
import type { Catalog } from '../scenario/catalog.js';
import type { Scenario } from '../scenario/types.js';
import { recordBranch, stateAt } from '../engine/branches.js';
import { ContextPanel } from './ContextPanel.js';
import { DISTRIBUTION_RUNS, type SimulationOptions } from './DistributionView.js';
import { EventPanel } from './EventPanel.js';
import { Line } from './Line.js';
import { Overlay } from './Overlay.js';
import { ProblemsPanel } from './ProblemsPanel.js';
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
import { useReload } from './useReload.js';
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
  /** Replays the scenario when its file, or a file it extends, is saved. */
  readonly watch?: boolean;

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
  watch = false,

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

  // The record as last loaded: its file and the files it extends are the ones watched.
  const record = session.branches[0].run.scenario;
  const reload = useCallback(() => {
    const { scenario: saved, diagnostics } = loadScenario(scenario.file, catalog);
    if (saved) dispatch({ type: 'reloaded', record: replay(saved, { seed }) });
    else dispatch({ type: 'notReloaded', problems: problemsOf(scenario.file, diagnostics) });
  }, [scenario.file, catalog, seed]);
  useReload([record.file, ...record.extends], watch, reload);

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
          <Line tone="heading">{`parley · ${clean(record.title)}`}</Line>
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
            {state.problems.length && !state.problemsHidden ? (
              <ProblemsPanel
                problems={state.problems}
                file={scenario.file}
                width={columns}
                height={layout.event}
              />
            ) : (
              <EventPanel
                event={event}
                title={`step ${cursor} of ${total}${reveal}`}
                question={hidden ? questionOf(run.scenario, hidden.step, columns) : null}
                startDate={run.initial.date}
                width={columns}
                height={layout.event}
              />
            )}
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

/**
 * Why a save was not reloaded. A file gone from its place is most often an editor between
 * removing the old file and writing the new one: said plainly, not as a wrong path.
 */
function problemsOf(file: string, diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  if (existsSync(file)) return diagnostics;
  return [
    {
      file,
      line: 1,
      col: 1,
      message: 'the file is gone (deleted, moved, or still being saved)',
      hint: 'the last good run stays on screen; save the file again to reload it',
    },
  ];
}

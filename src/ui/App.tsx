/** The player: header, statechart, current event, timeline and context, status line; dialogs on top. */
import { Box, Text, useApp, useInput } from 'ink';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { nextStates } from '../engine/movePreview.js';
import { replay } from '../engine/run.js';
import { clean } from '../text/sanitize.js';
import type { Catalog } from '../scenario/catalog.js';
import type { Scenario } from '../scenario/types.js';
import { recordBranch, stateAt } from '../engine/branches.js';
import { ContextPanel } from './ContextPanel.js';
import { EventPanel, eventPanelHeight } from './EventPanel.js';
import { Line } from './Line.js';
import { Overlay } from './Overlay.js';
import { selectContext, selectEvent, selectStatechart, selectTimeline } from './selectors.js';
import { fitWidth } from '../text/fit.js';
import { questionOf, revealText, score, scoreLine, verdict } from './predict.js';
import { activeBranch, guess, moveTo, newSession, quitQuestion, stepForward, togglePredict, unsavedForks, withMessage, type Session } from './session.js';
import { Statechart, statechartLines } from './Statechart.js';
import { themeFromEnv, type Theme } from './theme.js';
import { Timeline } from './Timeline.js';
import { TooSmall } from './TooSmall.js';
import { SPEEDS_MS, useAutoplay } from './use-autoplay.js';
import { usePlayerInput, type Dialog } from './use-player-input.js';
import { useTerminalSize, type Size } from './use-terminal-size.js';

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
  readonly theme?: Theme;
}

/** Below this the panels cannot fit; saying so beats drawing a frame taller than the screen. */
export const MIN_SIZE: Size = { columns: 60, rows: 20 };

const KEYS = '→/← step  g jump  f fork  b branches  s save  p play  k predict  ? help  q quit';
/** For a window narrower than KEYS: help and quit must stay on it; help lists the rest. */
const FEW_KEYS = '→/← step  g jump  f fork  b branches  s save  ? help  q quit';

export function App({ scenario, catalog, predict = false, seed, saveDir = process.cwd(), size, theme = themeFromEnv() }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  const [session, setSession] = useState<Session>(() => newSession(recordBranch(replay(scenario, { seed })), predict));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // The dialog that Ctrl-C's quit question was asked over: "no" goes back to it.
  const [beneath, setBeneath] = useState<Dialog | null>(null);
  const close = (): void => {
    setDialog(beneath);
    setBeneath(null);
  };
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);

  const branch = activeBranch(session);
  const { run, cursor } = branch;
  const total = run.entries.length;
  const atEnd = cursor >= total;
  useEffect(() => {
    if (!atEnd || !playing) return;
    setPlaying(false);
    setSession((s) => withMessage(s, 'the end of the run: autoplay stopped'));
  }, [atEnd, playing]);
  const tooSmall = columns < MIN_SIZE.columns || rows < MIN_SIZE.rows;
  const tick = useCallback(() => setSession(stepForward), []);
  // Paused, not stopped, while the steps cannot be seen or a dialog is open: a fork point or a
  // jump target must not move under the person choosing it.
  useAutoplay(playing && dialog === null && !tooSmall, speed, tick);
  const open = (name: Dialog): void => {
    if (name === 'quit' && unsavedForks(session) === 0) exit();
    // The fork menu names the next event, which the class is guessing.
    else if (name === 'fork' && session.predict.asking) setSession((s) => withMessage(s, 'guess first (or → to skip): forking names the hidden step'));
    else {
      // A message from before, such as "saved to ...", would contradict the new question.
      setSession((s) => withMessage(s, null));
      setDialog(name);
    }
  };

  // Ctrl-C is a quit like q, asked first while a fork is unsaved; pressed again at the question,
  // it quits. A reflex key press must not lose a lesson's forks.
  useInput((input, key) => {
    if (!key.ctrl || input !== 'c') return;
    if (dialog === 'quit') exit();
    else {
      setBeneath(dialog);
      open('quit');
    }
  });

  usePlayerInput({
    step: (by) => setSession((s) => (by === 1 ? stepForward(s) : moveTo(s, activeBranch(s).cursor - 1))),
    home: () => setSession((s) => moveTo(s, 0)),
    end: () => setSession((s) => moveTo(s, Number.MAX_SAFE_INTEGER)),
    open,
    togglePlay: () => {
      if (session.predict.on) setSession((s) => withMessage(s, 'autoplay is off in predict mode: guess each step'));
      else if (atEnd && !playing) setSession((s) => withMessage(s, 'the end of the run: nothing left to play (Home goes back to the start)'));
      else setPlaying((p) => !p);
    },
    speed: (by) => {
      const next = Math.max(0, Math.min(SPEEDS_MS.length - 1, speed + by));
      setSpeed(next);
      setSession((s) => withMessage(s, `autoplay: a step every ${SPEEDS_MS[next]! / 1000}s`));
    },
    togglePredict: () => {
      setPlaying(false);
      setSession(togglePredict);
    },
    guess: (choice) => setSession((s) => guess(s, choice)),
  }, dialog === null && !tooSmall);

  const state = stateAt(run, cursor);
  // The first frame goes out without the `~` marks, whose trial moves take a few dozen
  // milliseconds on a cold start; they follow a moment later, and on every step after that.
  const [started, setStarted] = useState(false);
  useEffect(() => setStarted(true), []);
  const regions = useMemo(() => selectStatechart(state, started ? nextStates(state, run.scenario) : new Set()), [state, run.scenario, started]);
  const chartHeight = statechartLines(regions, columns).reduce((n, lines) => n + lines.length, 0);
  // One line short of the screen: Ink redraws a frame as tall as the terminal by clearing it (flicker).
  const height = rows - 1;
  // The status line, and in predict mode the score above it.
  const footer = 1 + Number(session.predict.on);
  const bodyHeight = height - 1 - footer - chartHeight;
  if (tooSmall) {
    // A dialog left open stays behind this screen and comes back when the window grows, unless q replaces it.
    return (
      <TooSmall message={`Make the window larger: parley needs at least ${MIN_SIZE.columns}x${MIN_SIZE.rows} (this one is ${columns}x${rows}). q quits.`}
        question={dialog === 'quit' ? quitQuestion(session) : null} quit={() => open('quit')} stay={close} exit={exit} />
    );
  }

  const event = selectEvent(run, cursor, catalog);
  const { predict: game } = session;
  const reveal = game.reveal ? ` · ${revealText(game.reveal)}` : '';
  const points = score(game.guesses);
  // The context column needs about 38 characters; the timeline takes the rest.
  const left = columns - 38;
  const eventHeight = eventPanelHeight(bodyHeight);
  const bottom = bodyHeight - eventHeight;
  const keys = game.on && atEnd ? `${verdict(points)}  · ? help` : columns > KEYS.length ? KEYS : FEW_KEYS;
  const status = playing ? `playing, a step every ${SPEEDS_MS[speed]! / 1000}s  p stop  +/- speed  ? help` : session.message ? `${session.message}  · ? help` : keys;

  return (
    <Box flexDirection="column" width={columns} height={height}>
      <Box height={1}>
        <Box flexGrow={1}><Line theme={theme} tone="heading">{`parley · ${clean(scenario.title)}`}</Line></Box>
        <Box flexShrink={0}><Text>{` branch ${branch.name}${branch.file === null ? ' (unsaved)' : ''} · step ${cursor}/${total}`}</Text></Box>
      </Box>
      <Statechart regions={regions} width={columns} theme={theme} />
      {dialog ? (
        <Overlay dialog={dialog} session={session} setSession={setSession} close={close} exit={exit}
          height={bodyHeight + footer} width={columns} theme={theme} saveDir={saveDir} event={event} catalog={catalog} />
      ) : (
        <>
          <Box flexDirection="column" height={bodyHeight}>
            <EventPanel event={event} title={`step ${cursor} of ${total}${reveal}`}
              question={game.asking ? questionOf(run.scenario, run.entries[cursor]!.step, columns) : null} startDate={run.initial.date} width={columns} height={eventHeight} theme={theme} />
            <Box height={bottom}>
              <Timeline rows={selectTimeline(run, cursor, bottom - 1, game.on)} title={`timeline ${cursor}/${total}`} width={left} theme={theme} />
              <ContextPanel context={selectContext(run, cursor)} height={bottom} width={columns - left} theme={theme} />
            </Box>
          </Box>
          {game.on && <Line theme={theme} tone="heading">{fitWidth(scoreLine(points, game.skipped), columns)}</Line>}
          <Line theme={theme} tone={session.message ? 'heading' : 'dim'}>{status}</Line>
        </>
      )}
    </Box>
  );
}

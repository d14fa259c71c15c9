/**
 * A real terminal for end-to-end tests: tmux panes of a given size, keys sent to them, and what
 * they show. Tests that use it skip only where tmux is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect } from 'vitest';

export const TMUX = ['/usr/bin/tmux', '/usr/local/bin/tmux', '/opt/homebrew/bin/tmux'].find(
  existsSync,
);

// A server of our own, with no user configuration and no colour settings inherited from whoever
// runs the tests: a pane's environment is the one its test writes on the command line.
const env = { ...process.env };
for (const name of ['TMUX', 'NO_COLOR', 'FORCE_COLOR', 'CI', 'CONTINUOUS_INTEGRATION'])
  delete env[name];

export const tmux = (...args: string[]): string =>
  execFileSync(TMUX!, ['-L', 'parley-tests', '-f', '/dev/null', ...args], {
    encoding: 'utf8',
    env,
  });

const panes: string[] = [];

/** Runs a shell command in a new detached pane of the given size; returns the pane's name. */
export function openPane(command: string, columns = 80, rows = 24): string {
  const name = `parley-${process.pid}-${panes.length}-${Date.now()}`;
  panes.push(name);
  for (let attempt = 1; ; attempt += 1) {
    try {
      tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), command);
      return name;
    } catch (error) {
      // Closing the last pane ends the server; a pane opened while it is ending fails with
      // "server exited unexpectedly", and the next attempt starts a new server.
      if (attempt === 3) throw error;
    }
  }
}

export function closePanes(): void {
  for (const name of panes.splice(0)) tmux('kill-session', '-t', name);
}

/** The pane's text, with its colour escapes when asked for. */
export const capture = (name: string, escapes = false): string =>
  tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', name);

export const keys = (name: string, ...k: string[]): void =>
  void tmux('send-keys', '-t', name, ...k);

/** Polls the pane until `check` accepts what it shows; a loaded build machine gets 15 s. */
export async function waitForPane(
  name: string,
  check: (text: string) => boolean,
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = capture(name);
    if (check(text)) return text;
    if (Date.now() > deadline) expect.fail(`pane never matched; it shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The command line: help for every command, and mistakes answered in one line a user can act on. */
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, parley } from './helpers/cli.js';
import { GENEVA } from './helpers/scenarios.js';

beforeAll(ensureBuilt);

const COMMANDS = [
  'play',
  'replay',
  'validate',
  'test',
  'simulate',
  'compare',
  'new',
  'schema',
  'events',
  'diagram',
  'paths',
  'rules',
];

describe.concurrent('help', () => {
  test.each(
    COMMANDS.flatMap((command) => [
      [command, '--help'],
      [command, '-h'],
    ]),
  )("parley %s %s: that command's usage, exit 0", async (command, flag) => {
    const { status, stdout, stderr } = await parley(command, flag);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toMatch(
      new RegExp(`^Usage:\\n {2}parley ${command === 'play' ? '\\[play\\]' : command} `),
    );
  });

  test('--help wins over the rest of the line, as for a scenario FILE played without the word play', async () => {
    const { status, stdout } = await parley(GENEVA, '--seed', 'x', '--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage:\n {2}parley \[play\] FILE/);
  });

  test('parley help fits an 80-column terminal', async () => {
    const { status, stdout } = await parley('help');
    expect(status).toBe(0);
    expect(stdout).toContain('  parley replay FILE [options]');
    for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});

describe.concurrent('mistakes on the command line', () => {
  test("a misspelt flag is named, with the command's flag it is nearest to", async () => {
    const { status, stderr } = await parley('replay', GENEVA, '--formt', 'json');
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^parley: unknown option --formt\n {2}hint: did you mean --format\?\n\nUsage:\n {2}parley replay FILE/,
    );
  });

  test('a misspelt command gets the nearest command', async () => {
    const { status, stderr } = await parley('validat', GENEVA);
    expect(status).toBe(2);
    expect(stderr).toBe(
      'parley: unknown command "validat"\n  hint: did you mean validate?\nrun `parley help` for the usage\n',
    );
  });

  test.each([
    [['replay', GENEVA, '--seed', '-1'], '--seed takes a whole number, not "-1"'],
    [['replay', GENEVA, '--seed'], '--seed needs a value'],
    [['replay', GENEVA, '--until', '--seed', '1'], '--until needs a value'],
    [['simulate', GENEVA, '--runs', '5', '--json=yes'], '--json takes no value, not "yes"'],
  ])('%j: one line that says what is wrong', async (args, message) => {
    const { status, stderr } = await parley(...args);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`parley: ${message}`);
    expect(stderr).not.toContain('\\u');
  });
});

/**
 * The help says what the commands take: every flag a command declares is in its part of the
 * usage, and every flag its part names is one it declares.
 */
import { describe, expect, test } from 'vitest';
import { FLAGS as classFlags } from '../src/cli/class.js';
import { FLAGS as compare } from '../src/cli/compare.js';
import { FLAGS as diagram } from '../src/cli/diagram.js';
import { FLAGS as host } from '../src/cli/host.js';
import { FLAGS as join } from '../src/cli/join.js';
import { FLAGS as events } from '../src/cli/events.js';
import { FLAGS as merge } from '../src/cli/merge.js';
import { FLAGS as newFile } from '../src/cli/new.js';
import { FLAGS as paths } from '../src/cli/paths.js';
import { FLAGS as play } from '../src/cli/play.js';
import { RUN_FLAGS } from '../src/cli/replay.js';
import { FLAGS as rules } from '../src/cli/rules.js';
import { FLAGS as schema } from '../src/cli/schema.js';
import { FLAGS as simulate } from '../src/cli/simulate.js';
import { FLAGS as testFlags } from '../src/cli/test.js';
import { FLAGS as validate } from '../src/cli/validate.js';
import { commandUsage, DOCUMENTED_COMMANDS } from '../src/cli/usage.js';

/** Each command's declared flags; `replay` and `explain` both run one FILE through `runCommand`. */
const DECLARED: Readonly<Record<string, object>> = {
  play,
  class: classFlags,
  host,
  join,
  replay: RUN_FLAGS,
  explain: RUN_FLAGS,
  validate,
  test: testFlags,
  simulate,
  merge,
  compare,
  rules,
  new: newFile,
  schema,
  events,
  diagram,
  paths,
};

/** The `--flags` a part of the usage names. */
const documented = (command: string): string[] =>
  [...new Set(commandUsage(command).match(/--[a-z][a-z-]*/g) ?? [])].sort();

describe('the help and the flags', () => {
  test('every command the usage documents declares its flags, and `help` only names the others', () => {
    expect(DOCUMENTED_COMMANDS.filter((c) => c !== 'help')).toEqual(Object.keys(DECLARED));
    expect(documented('help')).toEqual(['--help', '--version']);
  });

  test.each(Object.keys(DECLARED))(
    'parley %s --help names exactly the flags the command declares',
    (command) => {
      const declared = Object.keys(DECLARED[command]!)
        .map((name) => `--${name}`)
        .sort();
      expect(documented(command)).toEqual(declared);
    },
  );
});

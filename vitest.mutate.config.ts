/**
 * The tests Stryker runs against each mutant (`npm run mutate`): the ones that exercise the model,
 * the engine and the scenario loader in-process. Tests that drive the built CLI or a terminal run
 * `dist/`, which a mutant of `src/` never reaches, so the files made mostly of those are left out,
 * and so are the statistical tests (thousands of simulated runs each), to keep the run short.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/*.test.ts',
      'test/ui/branches.test.ts',
      'test/ui/selectors.test.ts',
      'test/hardening/pollution.test.ts',
      'test/hardening/limits.test.ts',
      'test/hardening/files.test.ts',
      'test/hardening/project.test.ts',
      'test/class/game.test.ts',
      'test/class/gameFile.test.ts',
      'test/class/gameLine.test.ts',
      'test/ui/playerState.test.ts',
    ],
    exclude: [
      'test/readme.test.ts',
      'test/usage.test.ts',
      'test/simulate.test.ts',
      'test/new.test.ts',
      // Only the built CLI's output against files, or only the source's layout: no test here
      // calls src/ in-process, so no mutant can fail them.
      'test/golden.test.ts',
      'test/json.test.ts',
      'test/expect.test.ts',
      'test/rules.test.ts',
      'test/layers.test.ts',
      'test/flags.test.ts',
    ],
    // Statistical tests, and CLI tests whose output shows the path of Stryker's sandbox copy.
    testNamePattern:
      /^(?!.*(in 30% of runs|moves its telling share|byte-identical output in two processes|other terms part where the terms differ|a recorded move a rule remade identically is noted)).*$/,
    testTimeout: 60_000,
    // Each test file loads the modules anew: with modules shared between runs, the caches of
    // src/ (payload fields, the transition memo, dates) kept what an earlier mutant computed,
    // and a mutant seemed to survive, or to be killed, for another's sake.
    isolate: true,
  },
});

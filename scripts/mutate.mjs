#!/usr/bin/env node
/**
 * `npm run mutate`: Stryker over src/model, src/engine and src/scenario, one group of files at a
 * time (scripts/mutation-groups.json), each with its own incremental report in reports/mutation/,
 * so a run stopped halfway keeps the groups it finished and a rerun retests only what changed.
 * Then the score of every group run so far.
 *
 * Each group is run against its own test files (`tests`, Stryker's --testFiles): the groups
 * that nearly every test reaches would otherwise run the whole suite for each mutant, for hours.
 * A group's score is that of the tests written for it, a lower bound of the whole suite's.
 *
 *   npm run mutate                     every group, then the scores
 *   npm run mutate -- engine-step      only the groups named
 *   npm run mutate -- --score          only the scores
 *   npm run mutate -- --retest-timeouts engine-step
 *                                      test again the mutants the last run stopped on time
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const groups = JSON.parse(readFileSync(join(root, 'scripts/mutation-groups.json'), 'utf8'));
const reports = join(root, 'reports/mutation');
const reportOf = (group) => join(reports, `${group}.json`);

const args = process.argv.slice(2);
const scoreOnly = args.includes('--score');
const retestTimeouts = args.includes('--retest-timeouts');
const named = args.filter((a) => !a.startsWith('--'));
const unknown = named.filter((g) => !groups[g]);
if (unknown.length) {
  console.error(`no group ${unknown.join(', ')}: the groups are ${Object.keys(groups).join(', ')}`);
  process.exit(2);
}

const failed = [];
if (!scoreOnly) {
  mkdirSync(reports, { recursive: true });
  for (const group of named.length ? named : Object.keys(groups)) {
    const { mutate, tests } = groups[group];
    if (retestTimeouts) forgetTimeouts(group);
    console.log(`mutating ${group}: ${mutate.join(', ')}\n  with its tests: ${tests.join(', ')}`);
    const args = [
      'stryker',
      'run',
      '--mutate',
      mutate.join(','),
      '--incrementalFile',
      reportOf(group),
      '--testFiles',
      tests.join(','),
    ];
    const run = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
    // One group's failure (no test reaches its files, say) is reported, and the rest still run.
    if (run.status !== 0) failed.push(group);
  }
}

/**
 * Drops from a group's report the mutants stopped by the clock, so the incremental run tests them
 * again (those stopped by Stryker's hit limit, a loop through the mutant's own code, stay): a
 * timeout counts as detected, and under a tighter timeout a slow survivor was one.
 */
function forgetTimeouts(group) {
  if (!existsSync(reportOf(group))) return;
  const report = JSON.parse(readFileSync(reportOf(group), 'utf8'));
  let forgotten = 0;
  for (const file of Object.values(report.files)) {
    const kept = file.mutants.filter(
      (m) => m.status !== 'Timeout' || /^Hit limit/.test(m.statusReason ?? ''),
    );
    forgotten += file.mutants.length - kept.length;
    file.mutants = kept;
  }
  // Written aside, then renamed: a run stopped here keeps the report whole.
  writeFileSync(`${reportOf(group)}.tmp`, JSON.stringify(report));
  renameSync(`${reportOf(group)}.tmp`, reportOf(group));
  console.log(`${group}: ${forgotten} timed-out mutants to test again`);
}

/** Stryker's score: detected (killed or timed out) over all that count (ignored ones do not). */
const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
const rows = [];
for (const group of Object.keys(groups)) {
  if (!existsSync(reportOf(group))) {
    rows.push(`${group.padEnd(18)} not run yet`);
    continue;
  }
  const own = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  for (const file of Object.values(JSON.parse(readFileSync(reportOf(group), 'utf8')).files))
    for (const m of file.mutants) if (m.status in own) own[m.status] += 1;
  for (const k of Object.keys(own)) counts[k] += own[k];
  rows.push(`${group.padEnd(18)} ${score(own).padStart(7)}  ${JSON.stringify(own)}`);
}
console.log(
  `\n${rows.join('\n')}\n${'all groups run'.padEnd(18)} ${score(counts).padStart(7)}  ${JSON.stringify(counts)}`,
);

function score(c) {
  const all = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  return all ? `${((100 * (c.Killed + c.Timeout)) / all).toFixed(2)}%` : '-';
}

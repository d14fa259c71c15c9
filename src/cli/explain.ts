/** `parley explain FILE`: why each region is in its state and the talks ended as they did. */
import { explain } from '../engine/explain.js';
import { explanationLines } from '../report/explainText.js';
import { defaultCatalog } from '../engine/load.js';
import { EXIT, out } from './io.js';
import { runCommand } from './replay.js';

const FORMATS = ['text', 'json'] as const;

export function explainCommand(args: string[]): number {
  const { run, format } = runCommand('explain', args, FORMATS);
  if (!run) return EXIT.invalid;
  const explanation = explain(run, defaultCatalog());
  out(
    format === 'json'
      ? `${JSON.stringify(explanation, null, 2)}\n`
      : `${explanationLines(explanation, run.scenario).join('\n')}\n`,
  );
  return EXIT.ok;
}

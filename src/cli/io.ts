/** Output that survives a closed pipe (`parley replay ... | head`) and errors without stack traces. */
import { formatDiagnostic, type Diagnostic } from '../scenario/diagnostics.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export function guardPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(EXIT.ok);
      throw error;
    });
  }
}

export function out(text: string): void {
  process.stdout.write(text);
}

export function reportDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
}

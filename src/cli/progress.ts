/** A progress bar on stderr, shown only on a terminal and only once a job has run for a second. */
import { bar } from '../report/distribution.js';

export function progressBar(
  total: number,
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
) {
  const started = performance.now();
  let shown = false;
  return {
    update(done: number): void {
      if (!stream.isTTY || performance.now() - started < 1000) return;
      shown = true;
      stream.write(
        `\r${label} [${bar(done / total, 30)}] ${Math.floor((100 * done) / total)}% ${done}/${total}`,
      );
    },
    done(): void {
      if (shown) stream.write('\r\u001B[2K');
    },
  };
}

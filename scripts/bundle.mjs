/**
 * Bundles the command (from tsc's output in dist/) into dist/bin/: parley.js, the worker thread
 * of simulations, and one chunk per command, loaded when used. Hundreds of small modules (Ink's
 * above all) were most of the player's time to its first frame; bundled and tree-shaken, they
 * load in a fraction of it.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  // Two levels below the package root, like tsc's output, so paths found from a module still hold.
  entryPoints: { parley: 'dist/cli/main.js', simulateWorker: 'dist/engine/simulateWorker.js' },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  // Ink loads React's devtools only when DEV=true; as an external import it stays out of the way.
  external: ['react-devtools-core'],
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some of Ink's dependencies are CommonJS and call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});

/**
 * Bundles the command (from tsc's output in dist/) into dist/bin/: parley.js, the worker thread
 * of simulations, and one chunk per command, loaded when used. Hundreds of small modules (Ink's
 * above all) were most of the player's time to its first frame; bundled and tree-shaken, they
 * load in a fraction of it.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Chunks of earlier builds would ship in the package, unused.
rmSync(new URL('../dist/bin', import.meta.url), { recursive: true, force: true });

/**
 * Ink loads React's devtools, a package parley does not ship, whenever the shell exports DEV=true
 * (it reads the variable through node:process, which no `define` reaches). The player must start
 * whatever a user's shell exports: in the bundle, Ink's test for it always says no.
 */
const withoutDevtools = {
  name: 'without-devtools',
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]utils\.js$/ }, () => ({
      contents: 'export const isDev = () => false;',
      loader: 'js',
    }));
  },
};

await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  // Two levels below the package root, like tsc's output, so paths found from a module still hold.
  entryPoints: { parley: 'dist/cli/main.js', simulateWorker: 'dist/engine/simulateWorker.js' },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  external: ['react-devtools-core'],
  plugins: [withoutDevtools],
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some of Ink's dependencies are CommonJS and call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// Builds the server into one ES module, dist/main.js, that plain `node` runs (`pnpm serve`). Everything it
// imports is bundled in — the workspace package @roundtable/shared (TypeScript source) and the npm dependencies —
// because resolving and loading hundreds of module files was most of the server's start-up time.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Bundled CommonJS dependencies call require() for Node's built-in modules; an ES module has none of its own.
const banner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

await build({
  absWorkingDir: serverDir,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  banner: { js: banner },
  // Optional native speed-ups of ws; it works without them.
  external: ['bufferutil', 'utf-8-validate'],
  logLevel: 'warning',
});

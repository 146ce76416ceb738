// Builds the web app (apps/web → dist/web) and prints the gzipped size of the JavaScript and
// CSS the first screen loads (index.html's own <script> and <link> assets), against its ceiling.
// Exits 1 above the ceiling, so `npm test`'s pretest fails on a bundle that grew too big.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const CEILING_BYTES = 200 * 1024;
const outDir = 'dist/web';

// React and its router pick their production builds by NODE_ENV, which a programmatic build does not set.
process.env.NODE_ENV = 'production';
await build({ configFile: 'apps/web/vite.config.ts', mode: 'production', logLevel: 'warn' });

const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
const sizes = assets.map((asset) => ({ asset, gzipped: gzipSync(readFileSync(join(outDir, asset))).length }));
const js = sizes.filter(({ asset }) => asset.endsWith('.js')).reduce((sum, { gzipped }) => sum + gzipped, 0);
const css = sizes.filter(({ asset }) => asset.endsWith('.css')).reduce((sum, { gzipped }) => sum + gzipped, 0);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`web app: first screen ${kib(js)} JS + ${kib(css)} CSS gzipped; ceiling ${kib(CEILING_BYTES)} JS (ratio ${(js / CEILING_BYTES).toFixed(2)})`);
if (js > CEILING_BYTES) {
  console.error(`web app: the first screen's JavaScript is above ${kib(CEILING_BYTES)} gzipped`);
  process.exit(1);
}

// `npm start`'s first step: builds (nest build) unless the build is newer than every source, so a
// restart with nothing changed starts at once. Plain JavaScript: it runs before there is a build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.build-stamp';
const BUILT = ['dist/apps/launcher/src/main.js', 'dist/web/index.html'];
const SOURCES = ['apps', 'libs', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];

/** The newest modification time under `path` (files of the build's sources only). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && name !== 'dist')
    .reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

const sourcesChanged = Math.max(...SOURCES.map(newest));
if (existsSync(STAMP) && BUILT.every((path) => existsSync(path)) && statSync(STAMP).mtimeMs > sourcesChanged) {
  process.stdout.write('The build is up to date (nothing changed since it was made): starting\n');
} else {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The built web app (dist/web) copied into a folder of the run's own, for the API to serve
 * (WEB_APP_DIR): a build started meanwhile in the same checkout (`npm run build` empties
 * dist/web first) would otherwise take the app away in the middle of the run. The copy must hold
 * every script and style index.html names.
 */
export class WebAppCopy {
  private constructor(readonly dir: string) {}

  static take(builtDir: string): WebAppCopy {
    const index = join(builtDir, 'index.html');
    if (!existsSync(index)) throw new Error(`the web app must be built into ${builtDir} (npm run build does it): ${index} is missing`);
    const copy = new WebAppCopy(mkdtempSync(join(tmpdir(), 'bench-web-app-')));
    cpSync(builtDir, copy.dir, { recursive: true });
    const html = readFileSync(join(copy.dir, 'index.html'), 'utf8');
    const missing = [...html.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+)"/g)].map((match) => match[1] as string).filter((asset) => !existsSync(join(copy.dir, asset)));
    if (missing.length > 0) {
      copy.remove();
      throw new Error(`the web app in ${builtDir} must be whole (a build running meanwhile?); its index.html names ${missing.join(', ')}, which are missing`);
    }
    return copy;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

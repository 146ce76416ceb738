import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Noto Serif JP (SIL Open Font License 1.1), from the npm package @expo-google-fonts/noto-serif-jp:
 * a Mincho face with every JIS kanji a notice may need. Resolved as a package file, so it is
 * found wherever npm installed it.
 */
const NOTO_SERIF_JP = '@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf';

let font: Promise<Buffer> | undefined;

/** The font file, read once per process (7.5 MB; each PDF embeds only the glyphs it uses). */
export function noticeFont(): Promise<Buffer> {
  font ??= readFile(createRequire(import.meta.url).resolve(NOTO_SERIF_JP)).catch((error: unknown) => {
    font = undefined;
    throw error;
  });
  return font;
}

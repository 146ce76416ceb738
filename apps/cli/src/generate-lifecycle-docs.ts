import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lifecycleDocument } from '#libs/lifecycle';

// `npm run docs:lifecycle`: rewrites docs/lifecycle.md from the machine and the role table.
const target = fileURLToPath(new URL('../../../../docs/lifecycle.md', import.meta.url));
await writeFile(target, lifecycleDocument());
process.stdout.write(`Wrote ${target}\n`);

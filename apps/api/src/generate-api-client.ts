import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_CLIENT_PATH, apiClientSource } from './openapi/api-client-source.js';
import { previewApiDocument } from './openapi/document-preview.js';

// `npm run api:client`: writes the typed client of the API (libs/api-client) from its OpenAPI document.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const target = resolve(root, API_CLIENT_PATH);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, await apiClientSource(await previewApiDocument()));
process.stdout.write(`Wrote ${target}\n`);

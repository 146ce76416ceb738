import 'reflect-metadata';
import { loadConfigOrExit, readApiConfig } from '#libs/config';
import { createApiApp } from './create-api-app.js';

const config = loadConfigOrExit(readApiConfig);
const app = await createApiApp(config);
await app.listen(config.port);

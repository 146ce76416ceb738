import 'reflect-metadata';
import { loadConfigOrExit, readAppConfig } from '#libs/config';
import { createApiApp } from './create-api-app.js';

const config = loadConfigOrExit(readAppConfig);
const app = await createApiApp(config);
await app.listen(config.port);

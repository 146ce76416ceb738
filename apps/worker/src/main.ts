import 'reflect-metadata';
import { loadConfigOrExit, readAppConfig } from '#libs/config';
import { createWorkerApp } from './create-worker-app.js';

const config = loadConfigOrExit(readAppConfig);
const app = await createWorkerApp(config);
await app.listen(config.workerHealthPort);

import type { components, paths } from './api-schema.js';

/**
 * The API as types, generated from its OpenAPI document (api-schema.ts): what the web app sends
 * and receives, never typed by hand. No code: importing it adds nothing to a bundle.
 */
export type { components, operations, paths } from './api-schema.js';

type Schemas = components['schemas'];

export type CaseView = Schemas['CaseViewDto'];
export type CaseEvent = Schemas['CaseEvent'];
export type ErrorResponse = Schemas['ErrorResponseDto'];
export type MyTasks = Schemas['MyTasksDto'];

/** The paths of the API, for a typed fetch client (openapi-fetch's createClient<paths>()). */
export type ApiPaths = paths;

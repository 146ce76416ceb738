import type { OpenAPIObject } from '@nestjs/swagger';

/** Where the typed client lives: a pure lib the web app imports (libs/api-client). */
export const API_CLIENT_PATH = 'libs/api-client/src/api-schema.ts';

const HEADER = `// Generated from the API's OpenAPI document by \`npm run api:client\`: do not edit by hand.
// test/api-contract.e2e-spec.ts fails when this file is older than the document.
`;

/** The TypeScript types of every path, operation and schema of the document (openapi-typescript). */
export async function apiClientSource(document: OpenAPIObject): Promise<string> {
  // A development tool: loaded only when the client is written or checked, never by the running API.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `${HEADER}${astToString(ast)}`;
}

import type { OpenAPIObject } from '@nestjs/swagger';

// @nestjs/swagger exports the document's type but not its parts: these are read off it.

export type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;
export type ResponseObject = Exclude<OperationObject['responses'][string], { $ref: string }>;
export type SchemaObject = Exclude<NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string], { $ref: string }>;

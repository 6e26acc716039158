// A route module's app: OpenAPI routes whose failed validation goes to the one error path.
import { OpenAPIHono } from '@hono/zod-openapi';
import { validationHook } from './errors.js';

export function newRouter(): OpenAPIHono {
  return new OpenAPIHono({ defaultHook: (result) => validationHook(result) });
}

// The extraction format's enumerations, rebuilt with the OpenAPI-aware zod so they carry names
// in the OpenAPI document (schemas made before that zod was loaded cannot take metadata).
import { z } from '@hono/zod-openapi';
import * as model from '../../model/extraction.js';

export const AllegationCategory = z.enum(model.AllegationCategory.options).openapi('AllegationCategory');
export const Verification = z.enum(model.Verification.options).openapi('Verification');
export const Stance = z.enum(model.Stance.options).openapi('Stance');
export const EventKind = z.enum(model.EventKind.options).openapi('EventKind');
export const EntityKind = z.enum(model.EntityKind.options).openapi('EntityKind');
export const SourceKind = z.enum(model.Source.shape.kind.options).openapi('SourceKind');

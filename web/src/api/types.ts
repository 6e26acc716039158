// The API's wire types, taken (types only) from the server's schemas.
export type * from '../../../src/server/wire.js';

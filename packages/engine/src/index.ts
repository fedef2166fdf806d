/**
 * The Guanjia process engine. It imports only kysely, zod and json-logic-js and knows no module.
 * This package is a shell until the engine issue lands; the server already reserves its place.
 */
export const ENGINE_VERSION = '0.0.0';

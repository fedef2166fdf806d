/**
 * The Guanjia process engine (ENG-1…ENG-11). Imports only kysely, zod and json-logic-js and knows
 * no module: hosts give it ports (directory, calendar, clock) and hooks.
 */
export * from './definition.js';
export * from './tables.js';
export * from './ports.js';
export * from './errors.js';
export * from './engine.js';
export { engineMigrations } from './migrations.js';
export { validateDefinition } from './validate.js';
export { toProcessTable, PROCESS_TABLE_COLUMNS } from './table.js';
export { TASK_ACTIONS, INSTANCE_ACTIONS, type TaskAction, type InstanceAction, type ActionInput } from './runtime/actions.js';
export type { EngineActor } from './runtime/context.js';
export { newId } from './runtime/context.js';
export type { InboxFilter, InboxItem, InboxView, InstanceView } from './runtime/queries.js';
export type { StoredDefinition } from './runtime/definitions.js';
export const ENGINE_VERSION = '0.1.0';

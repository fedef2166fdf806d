/**
 * Text ids for every table: UUIDv7, monotonic within a process (see the engine's `newId`, which
 * the server shares so ids from both sort together).
 */
export { newId } from '@guanjia/engine';

/** Kysely table types of the documents module; merged into `Database` in db/schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DocumentsTables {}

/** Kysely table types of the archives module; merged into `Database` in db/schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ArchivesTables {}

/** Kysely table types of the meetings module; merged into `Database` in db/schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MeetingsTables {}

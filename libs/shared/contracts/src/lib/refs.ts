import { z } from 'zod';
import { line } from './text';
import { idSchema } from './primitives';

/** A materialised id path `/<root>/…/<id>/`, what scope checks in SQL compare. */
export const idPathSchema = line.regex(/^(\/[0-9a-f-]{36})+\/$/);

/** A file's SHA-256 as the owning service computed it: 64 lower-case hex digits. */
export const sha256Schema = line.regex(/^[0-9a-f]{64}$/);

/**
 * An organisation as a service's record holds it, copied at the moment of the event: its name
 * then, and its materialised id path for scope checks in SQL.
 */
export const recordedOrgSchema = z.strictObject({
  id: idSchema,
  name: line.min(1).max(100),
  idPath: idPathSchema,
});
export type RecordedOrg = z.infer<typeof recordedOrgSchema>;

/** An organisation as a list row or a dashboard names it: its id and its name as the service holds it. */
export const namedOrgSchema = z.object({ id: idSchema, name: z.string() });
export type NamedOrg = z.infer<typeof namedOrgSchema>;

/** A person as a record names them: the id, and the name at the moment of the event. */
export const personRefSchema = z.object({ personId: idSchema, name: line.min(1).max(50) });
export type PersonRef = z.infer<typeof personRefSchema>;

/** A file as a record refers to it: uploaded to the owning service, hashed there. */
export const fileRefSchema = z.strictObject({
  id: idSchema,
  name: line.min(1).max(200),
  sha256: sha256Schema,
});
export type FileRef = z.infer<typeof fileRefSchema>;

/** The files a request attaches: at most `max`, none when left out. */
export const attachedFilesSchema = (max: number) => z.array(fileRefSchema).max(max).default([]);

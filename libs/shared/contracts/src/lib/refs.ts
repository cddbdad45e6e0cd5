import { z } from 'zod';
import { line } from './text';
import { idSchema } from './primitives';

/**
 * An organisation as a service's record holds it, copied at the moment of the event: its name
 * then, and its materialised id path `/<root>/…/<id>/` for scope checks in SQL.
 */
export const recordedOrgSchema = z.strictObject({
  id: idSchema,
  name: line.min(1).max(100),
  idPath: line.regex(/^(\/[0-9a-f-]{36})+\/$/),
});
export type RecordedOrg = z.infer<typeof recordedOrgSchema>;

/** A file as a record refers to it: uploaded to the owning service, hashed there. */
export const fileRefSchema = z.strictObject({
  id: idSchema,
  name: line.min(1).max(200),
  sha256: line.regex(/^[0-9a-f]{64}$/),
});
export type FileRef = z.infer<typeof fileRefSchema>;

import { z } from 'zod';
import { attachedFilesSchema, fileRefSchema } from './refs';
import { line, multiline } from './text';

/*
 * Fields the requests of every procedure carry, each with one limit everywhere: the key that makes
 * a retried click one action, the version an editor loaded, and the notes, reasons and files a
 * step records (`stepFields`).
 */

/** Makes a repeated submission (a retried click) the same action instead of a second one. */
export const idempotencyKeySchema = line.min(8).max(100);

/** The version the editor loaded; a stale one is refused rather than overwriting. */
export const expectedVersionSchema = z.int32();

/** A note beside a step or an action; empty when left out. */
export const noteSchema = multiline.trim().max(2000).default('');

/** A note the step cannot do without (what was done, what the assessment found). */
export const requiredNoteSchema = multiline.trim().min(1).max(2000);

/** Why something is done (a transfer, a withdrawal, a sanction): a few characters at least. */
export const reasonSchema = multiline.trim().min(2).max(2000);

/**
 * The fields a step of a procedure is written with, live or from a paper record: the notes and the
 * reason as every procedure limits them, and the files as this procedure does (at most `maxFiles`).
 */
export function stepFields(maxFiles: number) {
  return {
    note: noteSchema,
    requiredNote: requiredNoteSchema,
    reason: reasonSchema,
    files: attachedFilesSchema(maxFiles),
    /** Files the step is about (evidence, a decision's papers): one at least. */
    requiredFiles: z.array(fileRefSchema).min(1).max(maxFiles),
  };
}

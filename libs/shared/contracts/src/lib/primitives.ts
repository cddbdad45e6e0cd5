import { z } from 'zod';

export const idSchema = z.uuid();

/** A business date as the user enters it, Asia/Shanghai, `YYYY-MM-DD`. */
export const localDateSchema = z.iso.date();

/** Turns an absent or empty query-string flag into a boolean. */
export const queryBooleanSchema = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** The answer to a create: the new record's id. */
export const createdSchema = z.object({ id: idSchema });
export type Created = z.infer<typeof createdSchema>;

import { z } from 'zod';
import { idSchema, line } from '@bastion/shared-contracts';

/** A person as the approval records them: the id, and the name at the moment of the event. */
export const personRefSchema = z.object({ personId: idSchema, name: line.min(1).max(50) });
export type PersonRef = z.infer<typeof personRefSchema>;

import type { z } from 'zod';
import type { FieldProblem } from '@bastion/shared-contracts';

/** Flattens zod issues into one problem per field; an unknown field is named as such. */
export function zodProblems(error: z.ZodError, prefix?: string): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, problem: 'unknown field' }));
    }
    return [{ field: base || '(body)', problem: issue.message }];
  });
}

import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RecordNoun } from '@bastion/messages';
import { NotFoundError, OutOfScopeError } from '@bastion/platform-http';

/**
 * The record a query limited to the caller's scope finds by its id, or the refusal for a caller
 * who may not see it: the same 404 whether it lies outside their scope (which the audit trail
 * still records as such) or does not exist at all, so that ids cannot be probed.
 */
export async function visibleOne<T extends ObjectLiteral>(
  scoped: SelectQueryBuilder<T>,
  noun: RecordNoun,
  id: string,
): Promise<T> {
  const found = await scoped.getOne();
  if (found) return found;
  const exists = await scoped.connection
    .getRepository<ObjectLiteral>(scoped.expressionMap.mainAlias!.target)
    .existsBy({ id });
  throw exists ? new OutOfScopeError(noun) : new NotFoundError(noun);
}

import type { EntityManager } from 'typeorm';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError } from '@bastion/platform-http';
import type { IdentityPermission } from '@bastion/identity-contracts';
import { requireAccess } from '../access';
import { OrgUnitEntity } from '../persistence/entities/org-unit.entity';
import { PersonEntity } from '../persistence/entities/person.entity';

/**
 * The person with this id, for a caller who may see people of their organisation (404 for anyone
 * else, as if they did not exist) and, where `right` is named, holds it there (403 otherwise).
 */
export async function personInReach(
  tx: EntityManager,
  principal: Principal,
  personId: string,
  right?: IdentityPermission,
): Promise<PersonEntity> {
  const person = await tx.findOneBy(PersonEntity, { id: personId });
  if (!person) throw new NotFoundError('person');
  const org = await tx.findOneByOrFail(OrgUnitEntity, { id: person.orgId });
  requireAccess(principal, org.path, 'person.read', right, 'person');
  return person;
}

import type { OrgSubtreeNode } from '@bastion/identity-contracts';
import { identity } from './identity';

/**
 * Asks the identity service for an organisation's subtree. The rectification service runs it to
 * check that a record belongs under an inspected organisation and to match the names in an
 * imported spreadsheet: services talk through Temporal, not through each other's databases.
 */
export async function orgSubtree(input: { orgId: string }): Promise<OrgSubtreeNode[]> {
  return identity.orgSubtree(input);
}

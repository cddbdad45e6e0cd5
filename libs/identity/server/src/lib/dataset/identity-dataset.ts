import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { MembershipStatus, OfficeRole, OrgKind } from '@bastion/identity-contracts';
import { hashPassword } from '../auth/password-hasher';
import { MembershipEntity } from '../persistence/entities/membership.entity';
import { OfficeEntity } from '../persistence/entities/office.entity';
import { OrgUnitEntity } from '../persistence/entities/org-unit.entity';
import { PersonEntity } from '../persistence/entities/person.entity';
import { UserAccountEntity } from '../persistence/entities/user-account.entity';
import { type IdNumberVault, maskIdNumber } from '../people/id-number';

/**
 * An organisation with its people, as plain data: the initial load of an installation (or the
 * demo forest group, or a test's fixture). Records refer to each other by `key`; parents come
 * before their children.
 */
export interface IdentityDataset {
  orgs: {
    key: string;
    parentKey: string | null;
    kind: OrgKind;
    name: string;
    code?: string;
    mayApprove?: boolean;
    isTemporary?: boolean;
  }[];
  people: {
    key: string;
    name: string;
    gender: 'male' | 'female';
    birthDate?: string;
    idNumber?: string;
    phone?: string;
    workUnit?: string;
    orgKey: string;
    membership?: {
      status: MembershipStatus;
      admissionDate: string;
      standingDate?: string;
      votingRights?: boolean;
    };
  }[];
  offices: { personKey: string; orgKey: string; role: OfficeRole; fromDate: string; toDate?: string }[];
  users: {
    username: string;
    password: string;
    personKey?: string;
    displayName?: string;
    isAdmin?: boolean;
  }[];
}

export interface ImportedIds {
  orgs: Map<string, string>;
  people: Map<string, string>;
  users: Map<string, string>;
}

const CHUNK = 500;

/** Writes a dataset in one transaction, in bulk. The dataset is trusted: it is not run through the API rules. */
export async function importIdentityDataset(
  db: DataSource,
  dataset: IdentityDataset,
  vault: IdNumberVault,
): Promise<ImportedIds> {
  const ids: ImportedIds = { orgs: new Map(), people: new Map(), users: new Map() };
  const paths = new Map<string, string>();
  const org = (key: string) => {
    const id = ids.orgs.get(key);
    if (!id) throw new Error(`Dataset refers to unknown organisation ${key}`);
    return id;
  };
  const person = (key: string) => {
    const id = ids.people.get(key);
    if (!id) throw new Error(`Dataset refers to unknown person ${key}`);
    return id;
  };

  const orgRows = dataset.orgs.map((o) => {
    const id = randomUUID();
    const parentPath = o.parentKey ? paths.get(o.parentKey) : '/';
    if (!parentPath) throw new Error(`Organisation ${o.key} comes before its parent ${o.parentKey}`);
    const path = `${parentPath}${id}/`;
    ids.orgs.set(o.key, id);
    paths.set(o.key, path);
    return {
      id,
      parentId: o.parentKey ? org(o.parentKey) : null,
      path,
      depth: path.split('/').filter(Boolean).length,
      kind: o.kind,
      name: o.name,
      code: o.code ?? null,
      mayApprove: o.kind === 'committee' ? (o.mayApprove ?? true) : false,
      isTemporary: o.isTemporary ?? false,
      approvingCommitteeId: null,
    };
  });

  const personRows = dataset.people.map((p) => {
    const id = randomUUID();
    ids.people.set(p.key, id);
    return {
      id,
      name: p.name,
      gender: p.gender,
      birthDate: p.birthDate ?? null,
      idNumberCipher: p.idNumber ? vault.encrypt(p.idNumber) : null,
      idNumberDigest: p.idNumber ? vault.digest(p.idNumber) : null,
      idNumberMasked: p.idNumber ? maskIdNumber(p.idNumber) : null,
      phone: p.phone ?? null,
      workUnit: p.workUnit ?? null,
      orgId: org(p.orgKey),
    };
  });

  const membershipRows = dataset.people
    .filter((p) => p.membership)
    .map((p) => ({
      personId: person(p.key),
      status: p.membership!.status,
      admissionDate: p.membership!.admissionDate,
      standingDate: p.membership!.standingDate ?? null,
      votingRights: p.membership!.status === 'full' && (p.membership!.votingRights ?? true),
    }));

  const officeRows = dataset.offices.map((o) => ({
    personId: person(o.personKey),
    orgId: org(o.orgKey),
    role: o.role,
    fromDate: o.fromDate,
    toDate: o.toDate ?? null,
    createdBy: null,
  }));

  // Demo and fixture accounts often share a password; hash each distinct one once.
  const hashes = new Map<string, string>();
  for (const u of dataset.users)
    if (!hashes.has(u.password)) hashes.set(u.password, await hashPassword(u.password));
  const now = new Date();
  const userRows = dataset.users.map((u) => {
    const id = randomUUID();
    ids.users.set(u.username, id);
    const owner = u.personKey ? dataset.people.find((p) => p.key === u.personKey) : undefined;
    return {
      id,
      username: u.username.toLowerCase(),
      personId: u.personKey ? person(u.personKey) : null,
      displayName: u.displayName ?? owner?.name ?? u.username,
      passwordHash: hashes.get(u.password)!,
      passwordChangedAt: now,
      mustChangePassword: false,
      isAdmin: u.isAdmin ?? false,
    };
  });

  await db.transaction(async (tx) => {
    const insertAll = async <T extends object>(entity: new () => T, rows: QueryDeepPartialEntity<T>[]) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        await tx
          .createQueryBuilder()
          .insert()
          .into(entity)
          .values(rows.slice(i, i + CHUNK))
          .execute();
      }
    };
    await insertAll(OrgUnitEntity, orgRows);
    await insertAll(PersonEntity, personRows);
    await insertAll(MembershipEntity, membershipRows);
    await insertAll(OfficeEntity, officeRows);
    await insertAll(UserAccountEntity, userRows);
  });
  return ids;
}

import type { DataSource } from 'typeorm';
import { migrateWithLock } from '@bastion/platform-persistence';
import {
  migratedSchema,
  objectsLeftIn,
  pendingSchemaChanges,
  revertAllMigrations,
} from '@bastion/platform-service-testing';
import { identitySchema } from './identity-schema';

describe('the identity schema', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await migratedSchema(identitySchema, 'schema');
  });
  afterAll(() => db.destroy());

  it('is exactly what the entities describe once the migrations have run', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('can be migrated all the way down and up again', async () => {
    await revertAllMigrations(db, identitySchema.schema);
    // Tables, sequences and functions alike: nothing is left but the migrations table itself.
    expect(await objectsLeftIn(db, identitySchema.schema)).toEqual([]);
    await migrateWithLock(db, identitySchema.schema);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });
});

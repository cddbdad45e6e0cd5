import { DataSource } from 'typeorm';
import { identitySchema, IdNumberVault, importIdentityDataset } from '@bastion/identity-server';
import { dataSourceOptions, migrateWithLock } from '@bastion/platform-persistence';
import { forestGroupDataset } from './forest-group';

/**
 * Loads the demo forest group into an empty installation. Does nothing when any login exists,
 * so a second `npm start` keeps what the first one made (and what was done since).
 */
export async function seedDemoData(databaseUrl: string, idNumberKey: string): Promise<'seeded' | 'kept'> {
  const db = await new DataSource(dataSourceOptions(identitySchema, { url: databaseUrl })).initialize();
  try {
    await migrateWithLock(db, identitySchema.schema);
    const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM identity.user_account')) as [
      { n: number },
    ];
    if (n > 0) return 'kept';
    const { dataset } = forestGroupDataset();
    await importIdentityDataset(db, dataset, new IdNumberVault(Buffer.from(idNumberKey, 'base64')));
    return 'seeded';
  } finally {
    await db.destroy();
  }
}

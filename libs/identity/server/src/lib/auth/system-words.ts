import type { DataSource } from 'typeorm';

/**
 * The organisation names and codes of the tree: words of this system no password may be built on,
 * beside the fixed ones of the password rules.
 */
export async function organisationWords(db: DataSource): Promise<string[]> {
  const rows: { word: string }[] = await db.query(
    `SELECT DISTINCT name AS word FROM identity.org_unit
     UNION SELECT DISTINCT code FROM identity.org_unit WHERE code IS NOT NULL`,
  );
  return rows.map((r) => r.word);
}

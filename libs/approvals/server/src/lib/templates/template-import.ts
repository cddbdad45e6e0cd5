import type { DataSource } from 'typeorm';
import { saveRouteTemplateSchema, type SaveRouteTemplate } from '@bastion/approvals-contracts';
import { migrateWithLock } from '@bastion/platform-persistence';
import { RouteTemplateEntity } from '../persistence/entities/route-template.entity';
import { approvalsSchema } from '../persistence/approvals-schema';
import { insertTemplate } from './templates.service';

/**
 * Loads route templates into an installation that has none yet (the demo seeding of `npm start`),
 * after bringing the approvals schema up to date. Templates it finds are kept as they are.
 */
export async function importRouteTemplates(
  db: DataSource,
  templates: readonly unknown[],
  by = '系统初始化',
): Promise<'seeded' | 'kept'> {
  await migrateWithLock(db, approvalsSchema.schema);
  const parsed: SaveRouteTemplate[] = templates.map((t) => saveRouteTemplateSchema.parse(t));
  return db.transaction(async (tx) => {
    // One seeding at a time, even when two processes start together.
    await tx.query(`LOCK TABLE approvals.route_template IN SHARE ROW EXCLUSIVE MODE`);
    if ((await tx.getRepository(RouteTemplateEntity).count()) > 0) return 'kept';
    for (const template of parsed) await insertTemplate(tx, template, { userId: null, name: by });
    return 'seeded';
  });
}

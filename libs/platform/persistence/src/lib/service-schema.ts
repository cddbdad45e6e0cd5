import type { MixedList } from 'typeorm';

/**
 * What a service owns in PostgreSQL: one schema, its entities, and the migrations that build
 * that schema. No service reads another's schema.
 */
export interface ServiceSchema {
  schema: string;
  // TypeORM's own list types: classes of entities and migrations.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

import type { ServiceSchema } from '@bastion/platform-persistence';
import { CaseClockEntity } from './entities/case-clock.entity';
import { CaseEntryEntity } from './entities/case-entry.entity';
import { CaseEntity } from './entities/case.entity';
import { FileEntity } from './entities/file.entity';
import { RuleVersionEntity } from './entities/rule-version.entity';
import { developmentMigrations } from './migrations';

export const developmentSchema: ServiceSchema = {
  schema: 'development',
  entities: [CaseEntity, CaseEntryEntity, CaseClockEntity, FileEntity, RuleVersionEntity],
  migrations: developmentMigrations,
};

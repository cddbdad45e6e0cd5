import type { ServiceSchema } from '@bastion/platform-persistence';
import { BatchEntity } from './entities/batch.entity';
import { FileEntity } from './entities/file.entity';
import { ItemEntity } from './entities/item.entity';
import { SourceConfigEntity } from './entities/source-config.entity';
import { TransitionEntity } from './entities/transition.entity';
import { rectificationMigrations } from './migrations';

export const rectificationSchema: ServiceSchema = {
  schema: 'rectification',
  entities: [BatchEntity, ItemEntity, TransitionEntity, FileEntity, SourceConfigEntity],
  migrations: rectificationMigrations,
};

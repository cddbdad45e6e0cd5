import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FindingSource, SourceConfig } from '@bastion/rectification-contracts';

/** A source's configuration as an administrator set it; a source without a row uses the national defaults. */
@Entity({ name: 'source_config' })
export class SourceConfigEntity {
  @PrimaryColumn('text') source!: FindingSource;
  @Column('jsonb') config!: SourceConfig;
  @Column('uuid', { name: 'updated_by_user_id' }) updatedByUserId!: string;
  @Column('text', { name: 'updated_by_name' }) updatedByName!: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { BatchRecord, BatchStatus, FindingSource, SourceConfig } from '@bastion/rectification-contracts';

/**
 * A finding batch as the read model keeps it: what lists and reports need, the configuration its
 * items start with, and the latest record its workflow persisted (only a newer version replaces it).
 */
@Entity({ name: 'batch' })
@Index('batch_list', ['createdAt', 'id'])
// Prefix searches on the path (the caller's scope) use a text_pattern_ops index the migrations create.
@Index('batch_org_path', { synchronize: false })
export class BatchEntity {
  @PrimaryColumn('uuid') id!: string;
  /** The human number, `PC<year>-<serial>`. */
  @Index('batch_number', { unique: true })
  @Column('text')
  number!: string;
  @Column('text') title!: string;
  @Column('text') source!: FindingSource;
  @Column('date', { name: 'feedback_date' }) feedbackDate!: string;
  @Column('date', { name: 'report_deadline' }) reportDeadline!: string;
  /** The report's reminder was counted on weekdays, through a year without holiday data. */
  @Column('boolean', { default: false }) provisional!: boolean;
  @Column('uuid', { name: 'inspected_org_id' }) inspectedOrgId!: string;
  @Column('text', { name: 'inspected_org_name' }) inspectedOrgName!: string;
  /** Materialised id path of the inspected organisation: the batch's scope. */
  @Column('text', { name: 'inspected_org_path' }) inspectedOrgPath!: string;
  @Column('text') status!: BatchStatus;
  /** The source's configuration when the batch was opened: every item of the batch starts with it. */
  @Column('jsonb', { select: false }) config!: SourceConfig;
  @Column('jsonb', { select: false }) record!: BatchRecord;
  /** The workflow's record version this row reflects. */
  @Column('int') version!: number;
  @Column('uuid', { name: 'created_by_person_id' }) createdByPersonId!: string;
  @Column('text', { name: 'created_by_name' }) createdByName!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

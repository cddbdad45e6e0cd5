import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseEntryKind, DevelopmentStatus } from '@bastion/development-contracts';
import type { FileRef } from '@bastion/shared-contracts';
import { CaseEntity } from './case.entity';
import { belongsTo } from '@bastion/platform-persistence';

/**
 * One entry of a case's record: who, when (the business date and the instant it was recorded),
 * with what evidence, under which version of the rules. Append-only, keyed by the case's own
 * sequence, so a repeated write is a no-op.
 */
@Entity({ name: 'case_entry' })
@Index('case_entry_by_kind', ['kind', 'caseId'])
// Which cases name a file (downloads, the dossier): a jsonb_path_ops index the migration creates.
@Index('case_entry_files', { synchronize: false })
export class CaseEntryEntity extends belongsTo('case_entry', 'case', () => CaseEntity, {
  onDelete: 'CASCADE',
  primary: true,
}) {
  @PrimaryColumn('int') seq!: number;
  @Column('text') kind!: CaseEntryKind;
  /** The step (1–25) the entry belongs to, if any. */
  @Column('int', { nullable: true }) step!: number | null;
  /** The business date the step happened on. */
  @Column('date', { nullable: true }) date!: string | null;
  @Column('timestamptz') at!: Date;
  @Column('uuid', { name: 'actor_person_id', nullable: true }) actorPersonId!: string | null;
  @Column('text', { name: 'actor_name', nullable: true }) actorName!: string | null;
  @Column('boolean') automatic!: boolean;
  @Column('boolean') migrated!: boolean;
  @Column('text') note!: string;
  @Column('jsonb') files!: FileRef[];
  @Column('text', { name: 'rule_set_id' }) ruleSetId!: string;
  @Column('text', { name: 'status_after' }) statusAfter!: DevelopmentStatus;
  @Column('jsonb') details!: Record<string, unknown>;
  @Column('text', { name: 'request_id', nullable: true }) requestId!: string | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EditedRecord } from './edited-record';
import type { OrgKind } from '@bastion/identity-contracts';

@Entity({ name: 'org_unit' })
export class OrgUnitEntity extends EditedRecord {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'org_unit_parent_fk' })
  parent?: OrgUnitEntity;

  /** `/<root id>/…/<own id>/`: a subtree is every path with this prefix. */
  @Index('org_unit_path_prefix', { unique: true })
  @Column('text')
  path!: string;

  @Column('int') depth!: number;

  @Column('text') kind!: OrgKind;

  @Column('text') name!: string;

  @Column('text', { nullable: true }) code!: string | null;

  /** Committees only: false for those that may never approve admissions (e.g. under a township committee). */
  @Column('boolean', { name: 'may_approve', default: true })
  mayApprove!: boolean;

  /** 临时党支部: can never approve. */
  @Column('boolean', { name: 'is_temporary', default: false })
  isTemporary!: boolean;

  @Column('uuid', { name: 'approving_committee_id', nullable: true })
  approvingCommitteeId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'approving_committee_id', foreignKeyConstraintName: 'org_unit_approver_fk' })
  approvingCommittee?: OrgUnitEntity;

  @Column('timestamptz', { name: 'dissolved_at', nullable: true })
  dissolvedAt!: Date | null;

  @Column('text', { name: 'dissolved_reason', nullable: true })
  dissolvedReason!: string | null;
}

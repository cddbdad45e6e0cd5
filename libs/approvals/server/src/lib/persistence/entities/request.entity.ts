import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Procedure, RequestStatus } from '@bastion/approvals-contracts';
import type { ApprovalState } from '@bastion/approvals-rules';
import { TerminableRow } from '@bastion/platform-persistence';

/**
 * One approval request as the read model keeps it: what the inbox and the detail page need, and
 * the latest state the workflow persisted. Written only by the workflow's persist activity, and
 * only with a newer version than the row holds.
 */
@Entity({ name: 'request' })
@Index('request_by_submitter', ['submitterPersonId', 'createdAt', 'id'])
@Index('request_by_business_key', ['procedure', 'businessKey'])
@Index('request_by_org', ['orgId'])
export class RequestEntity extends TerminableRow {
  /** The approval's `requestId`. */
  @PrimaryColumn('uuid') id!: string;
  /** The human number, `SP<year>-<serial>`. */
  @Index('request_number', { unique: true })
  @Column('text')
  number!: string;
  /** The approval workflow that runs the request; actions go to it. */
  @Index('request_workflow', { unique: true })
  @Column('text', { name: 'workflow_id' })
  workflowId!: string;
  @Column('text') procedure!: Procedure;
  @Column('text', { name: 'business_key' }) businessKey!: string;
  @Column('text') title!: string;
  @Column('uuid', { name: 'org_id' }) orgId!: string;
  @Column('text', { name: 'org_name' }) orgName!: string;
  /** Materialised id path of the organisation, for the supervisors' scope. */
  @Column('text', { name: 'org_path' }) orgPath!: string;
  @Column('uuid', { name: 'submitter_person_id' }) submitterPersonId!: string;
  @Column('text', { name: 'submitter_name' }) submitterName!: string;
  @Column('text') status!: RequestStatus;
  @Column('int', { name: 'current_stage_index', nullable: true }) currentStageIndex!: number | null;
  @Column('text', { name: 'current_stage_name', nullable: true }) currentStageName!: string | null;
  @Column('uuid', { name: 'template_id', nullable: true }) templateId!: string | null;
  @Column('int', { name: 'template_version', nullable: true }) templateVersion!: number | null;
  @Column('text', { name: 'template_name', nullable: true }) templateName!: string | null;
  /** The latest state of the workflow; large, so only loaded where asked for. */
  @Column('jsonb', { select: false }) state!: ApprovalState;
  /** The earliest due time of the open tasks, for due-date filters outside the to-do tab. */
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  /** How many ledger rows the request has written, and the hash of the last: the chain's head. */
  @Column('int', { name: 'ledger_seq' }) ledgerSeq!: number;
  @Column('text', { name: 'ledger_head', nullable: true }) ledgerHead!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  /** The workflow's batch version this row reflects. */
  @Column('int') version!: number;
}

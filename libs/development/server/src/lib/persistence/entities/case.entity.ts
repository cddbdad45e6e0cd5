import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseRecord, ClockKey, DevelopmentStatus } from '@bastion/development-contracts';
import { TerminableRow } from '@bastion/platform-persistence';

/**
 * A development case as lists, the pipeline and the deadlines read it: every column they filter
 * or show, and the latest record its workflow persisted (without its entries, which have their
 * own table). Written only by the workflow's persist activity, a newer version replacing an older.
 */
@Entity({ name: 'case' })
// Keyset orders: by the next clock (cases without one last), by application date, by name.
@Index('case_by_due', ['dueSort', 'id'])
@Index('case_by_application', ['applicationDate', 'id'])
@Index('case_by_name', ['personName', 'id'])
@Index('case_by_status', ['status'])
// Open cases of a committee, when it publishes a new version of its rules.
@Index('case_by_committee', ['approvingCommitteeId', 'status'])
// Prefix searches on the path (the caller's scope) use a text_pattern_ops index the migration creates.
@Index('case_id_path', { synchronize: false })
export class CaseEntity extends TerminableRow {
  /** The person's id: one case per person. */
  @PrimaryColumn('uuid') id!: string;
  /** The human number, `FZ<year>-<serial>`. */
  @Index('case_number', { unique: true })
  @Column('text')
  number!: string;
  @Column('text', { name: 'person_name' }) personName!: string;
  @Column('text', { name: 'person_gender' }) personGender!: 'male' | 'female';
  @Column('uuid', { name: 'org_id' }) orgId!: string;
  @Column('text', { name: 'org_name' }) orgName!: string;
  /** Materialised id path of the branch that holds the case: its scope. */
  @Column('text', { name: 'id_path' }) idPath!: string;
  @Column('uuid', { name: 'approving_committee_id', nullable: true }) approvingCommitteeId!: string | null;
  @Column('text', { name: 'approving_committee_name', nullable: true }) approvingCommitteeName!:
    string | null;
  @Column('text') status!: DevelopmentStatus;
  /** The next step on the main line, 1–25; null once finished or closed. */
  @Column('int', { name: 'current_step', nullable: true }) currentStep!: number | null;
  @Column('date', { name: 'application_date' }) applicationDate!: string;
  @Column('date', { name: 'activist_date', nullable: true }) activistDate!: string | null;
  @Column('date', { name: 'candidate_date', nullable: true }) candidateDate!: string | null;
  /** 入党时间: the admission meeting's date. */
  @Column('date', { name: 'admission_date', nullable: true }) admissionDate!: string | null;
  @Column('date', { name: 'probation_end', nullable: true }) probationEnd!: string | null;
  @Column('date', { name: 'standing_date', nullable: true }) standingDate!: string | null;
  /** The earliest running clock. */
  @Column('date', { name: 'next_due', nullable: true }) nextDue!: string | null;
  @Column('text', { name: 'next_due_clock', nullable: true }) nextDueClock!: ClockKey | null;
  @Column('text', { name: 'next_due_kind', nullable: true }) nextDueKind!: 'deadline' | 'opens' | null;
  /** `next_due`, or 9999-12-31 for a case without a clock: a total order the index can serve. */
  @Column('date', { name: 'due_sort' }) dueSort!: string;
  /** The workflow has flagged a running deadline as passed. */
  @Column('boolean') overdue!: boolean;
  /** Opened from a paper record. */
  @Column('boolean') migrated!: boolean;
  /** The day the case closed by a side exit, or was archived. */
  @Column('date', { name: 'closed_on', nullable: true }) closedOn!: string | null;
  @Column('int') version!: number;
  @Column('jsonb', { select: false }) record!: CaseRecord;
  @Column('timestamptz', { name: 'opened_at' }) openedAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

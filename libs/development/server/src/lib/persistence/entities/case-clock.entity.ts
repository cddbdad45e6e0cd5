import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AlertLevel, ClockKey } from '@bastion/development-contracts';
import { CaseEntity } from './case.entity';
import { belongsTo } from '@bastion/platform-persistence';

/**
 * A clock an open case runs on, as its latest record has it: the deadlines view reads these.
 * Replaced as a whole with every newer record of the case.
 */
@Entity({ name: 'case_clock' })
@Index('case_clock_by_due', ['due', 'caseId'])
export class CaseClockEntity extends belongsTo('case_clock', 'case', () => CaseEntity, {
  onDelete: 'CASCADE',
  primary: true,
}) {
  @PrimaryColumn('text') key!: ClockKey;
  @Column('text') kind!: 'deadline' | 'opens';
  @Column('date') due!: string;
  @Column('date', { name: 'remind_from' }) remindFrom!: string;
  @Column('date', { name: 'escalate_from', nullable: true }) escalateFrom!: string | null;
  /** The last alert fired for this due date, if any. */
  @Column('text', { nullable: true }) level!: AlertLevel | null;
  /** The rule behind it, with its article. */
  @Column('text') rule!: string;
  @Column('text', { name: 'rule_set_id' }) ruleSetId!: string;
}

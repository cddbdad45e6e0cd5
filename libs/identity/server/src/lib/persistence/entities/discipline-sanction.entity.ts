import { Column, Entity, Index } from 'typeorm';
import type { SanctionKind } from '@bastion/identity-contracts';
import type { FileRef } from '@bastion/shared-contracts';
import { personRecord } from './person-record';

/** A party sanction (or an order to correct) on a member, with its dates, deciding body and files. */
@Entity({ name: 'discipline_sanction' })
@Index('discipline_sanction_by_person', ['personId'])
export class DisciplineSanctionEntity extends personRecord('discipline_sanction') {
  @Column('text') kind!: SanctionKind;
  @Column('date', { name: 'decided_on' }) decidedOn!: string;
  @Column('date', { name: 'effective_from' }) effectiveFrom!: string;
  @Column('int', { name: 'term_months', nullable: true }) termMonths!: number | null;
  @Column('date', { name: 'rights_restored_on', nullable: true }) rightsRestoredOn!: string | null;
  @Column('date', { nullable: true }) until!: string | null;
  @Column('text', { name: 'deciding_body' }) decidingBody!: string;
  @Column('text') reason!: string;
  @Column('jsonb', { default: () => "'[]'" }) files!: FileRef[];
}

import { Column, Entity, Index } from 'typeorm';
import { personRecord } from './person-record';

/** A full member left out of the expected voters with the superior's consent, for a period. */
@Entity({ name: 'voter_exclusion' })
@Index('voter_exclusion_by_person', ['personId'])
export class VoterExclusionEntity extends personRecord('voter_exclusion') {
  @Column('text') reason!: string;
  @Column('date', { name: 'from_date' }) fromDate!: string;
  @Column('date', { name: 'to_date', nullable: true }) toDate!: string | null;
  @Column('text', { name: 'approved_by' }) approvedBy!: string;
}

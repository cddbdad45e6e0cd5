import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import type { MembershipStatus } from '@bastion/identity-contracts';
import { belongsTo } from '@bastion/platform-persistence';

@Entity({ name: 'membership' })
@Index('membership_by_status', ['status'])
export class MembershipEntity extends belongsTo('membership', 'person', () => PersonEntity, {
  onDelete: 'RESTRICT',
  primary: true,
}) {
  @Column('text') status!: MembershipStatus;
  @Column('date', { name: 'admission_date' }) admissionDate!: string;
  @Column('date', { name: 'standing_date', nullable: true }) standingDate!: string | null;
  @Column('boolean', { name: 'voting_rights', default: true }) votingRights!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

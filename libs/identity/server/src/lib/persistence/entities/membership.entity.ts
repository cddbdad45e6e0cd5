import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import type { MembershipStatus } from '@bastion/identity-contracts';

@Entity({ name: 'membership' })
@Index('membership_by_status', ['status'])
export class MembershipEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'membership_person_fk' })
  person?: PersonEntity;
  @Column('text') status!: MembershipStatus;
  @Column('date', { name: 'admission_date' }) admissionDate!: string;
  @Column('date', { name: 'standing_date', nullable: true }) standingDate!: string | null;
  @Column('boolean', { name: 'voting_rights', default: true }) votingRights!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

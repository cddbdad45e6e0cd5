import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { SanctionKind } from '@bastion/identity-contracts';
import type { FileRef } from '@bastion/shared-contracts';
import { PersonEntity } from './person.entity';

/** A party sanction (or an order to correct) on a member, with its dates, deciding body and files. */
@Entity({ name: 'discipline_sanction' })
@Index('discipline_sanction_by_person', ['personId'])
export class DisciplineSanctionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'discipline_sanction_person_fk' })
  person?: PersonEntity;
  @Column('text') kind!: SanctionKind;
  @Column('date', { name: 'decided_on' }) decidedOn!: string;
  @Column('date', { name: 'effective_from' }) effectiveFrom!: string;
  @Column('int', { name: 'term_months', nullable: true }) termMonths!: number | null;
  @Column('date', { name: 'rights_restored_on', nullable: true }) rightsRestoredOn!: string | null;
  @Column('date', { nullable: true }) until!: string | null;
  @Column('text', { name: 'deciding_body' }) decidingBody!: string;
  @Column('text') reason!: string;
  @Column('jsonb', { default: () => "'[]'" }) files!: FileRef[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
}

import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/**
 * The columns every dated record about a person shares (an office, an exclusion, a sanction):
 * its id, the person it is about, kept by a `<table>_person_fk` key that refuses to delete a
 * person with records, and who created it when.
 */
export function personRecord(table: string) {
  abstract class PersonRecord {
    @PrimaryGeneratedColumn('uuid') id!: string;
    @Column('uuid', { name: 'person_id' }) personId!: string;
    @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
    @JoinColumn({ name: 'person_id', foreignKeyConstraintName: `${table}_person_fk` })
    person?: PersonEntity;
    @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
    @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  }
  return PersonRecord;
}

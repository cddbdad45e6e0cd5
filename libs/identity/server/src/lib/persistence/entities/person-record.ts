import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import { belongsTo } from '@bastion/platform-persistence';

/**
 * The columns every dated record about a person shares (an office, an exclusion, a sanction):
 * its id, the person it is about, kept by a `<table>_person_fk` key that refuses to delete a
 * person with records, and who created it when.
 */
export function personRecord(table: string) {
  abstract class PersonRecord extends belongsTo(table, 'person', () => PersonEntity, {
    onDelete: 'RESTRICT',
  }) {
    @PrimaryGeneratedColumn('uuid') id!: string;
    @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
    @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  }
  return PersonRecord;
}

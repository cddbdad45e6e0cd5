import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EditedRecord } from './edited-record';
import type { DevelopmentStage } from '@bastion/identity-contracts';
import { OrgUnitEntity } from './org-unit.entity';
import { belongsTo } from '@bastion/platform-persistence';

@Entity({ name: 'person' })
@Index('person_by_org_name', ['orgId', 'name', 'id'])
@Index('person_by_name', ['name', 'id'])
@Check('person_development_stage', `"development_stage" IN ('applicant', 'activist', 'candidate')`)
// A person belongs to an organisation, usually a branch.
export class PersonEntity extends belongsTo('person', 'org', () => OrgUnitEntity, {
  onDelete: 'RESTRICT',
  base: EditedRecord,
}) {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') gender!: 'male' | 'female';
  @Column('date', { name: 'birth_date', nullable: true }) birthDate!: string | null;

  /** AES-256-GCM ciphertext of the ID number; only the id-number service reads it. */
  @Column('text', { name: 'id_number_cipher', nullable: true }) idNumberCipher!: string | null;
  /** Keyed digest of the ID number, to find a person by it and to refuse duplicates without decrypting. */
  @Index('person_id_number_digest', { unique: true, where: 'id_number_digest IS NOT NULL' })
  @Column('text', { name: 'id_number_digest', nullable: true })
  idNumberDigest!: string | null;
  @Column('text', { name: 'id_number_masked', nullable: true }) idNumberMasked!: string | null;

  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text', { name: 'work_unit', nullable: true }) workUnit!: string | null;
  /** Where the person's development case stands before membership; kept by the development service. */
  @Column('text', { name: 'development_stage', nullable: true }) developmentStage!: DevelopmentStage | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { OfficeRole } from '@bastion/identity-contracts';
import { OrgUnitEntity } from './org-unit.entity';
import { personRecord } from './person-record';

@Entity({ name: 'office' })
@Index('office_by_person', ['personId'])
@Index('office_by_org_role', ['orgId', 'role'])
export class OfficeEntity extends personRecord('office') {
  @Column('uuid', { name: 'org_id' }) orgId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'office_org_fk' })
  org?: OrgUnitEntity;
  @Column('text') role!: OfficeRole;
  @Column('date', { name: 'from_date' }) fromDate!: string;
  @Column('date', { name: 'to_date', nullable: true }) toDate!: string | null;
}

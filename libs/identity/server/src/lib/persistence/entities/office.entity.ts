import { Column, Entity, Index } from 'typeorm';
import type { OfficeRole } from '@bastion/identity-contracts';
import { OrgUnitEntity } from './org-unit.entity';
import { personRecord } from './person-record';
import { belongsTo } from '@bastion/platform-persistence';

@Entity({ name: 'office' })
@Index('office_by_person', ['personId'])
@Index('office_by_org_role', ['orgId', 'role'])
export class OfficeEntity extends belongsTo('office', 'org', () => OrgUnitEntity, {
  onDelete: 'RESTRICT',
  base: personRecord('office'),
}) {
  @Column('text') role!: OfficeRole;
  @Column('date', { name: 'from_date' }) fromDate!: string;
  @Column('date', { name: 'to_date', nullable: true }) toDate!: string | null;
}

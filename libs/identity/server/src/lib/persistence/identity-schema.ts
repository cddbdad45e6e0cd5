import type { ServiceSchema } from '@bastion/platform-persistence';
import { AuditEventEntity } from './entities/audit-event.entity';
import { DisciplineSanctionEntity } from './entities/discipline-sanction.entity';
import { CalendarYearEntity } from './entities/calendar-year.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OfficeEntity } from './entities/office.entity';
import { OrgEventEntity } from './entities/org-event.entity';
import { OrgUnitEntity } from './entities/org-unit.entity';
import { PersonEntity } from './entities/person.entity';
import { SessionEntity } from './entities/session.entity';
import { UserAccountEntity } from './entities/user-account.entity';
import { VoterExclusionEntity } from './entities/voter-exclusion.entity';
import { identityMigrations } from './migrations';

export const identitySchema: ServiceSchema = {
  schema: 'identity',
  entities: [
    OrgUnitEntity,
    OrgEventEntity,
    PersonEntity,
    MembershipEntity,
    VoterExclusionEntity,
    DisciplineSanctionEntity,
    OfficeEntity,
    UserAccountEntity,
    SessionEntity,
    AuditEventEntity,
    CalendarYearEntity,
  ],
  migrations: identityMigrations,
};

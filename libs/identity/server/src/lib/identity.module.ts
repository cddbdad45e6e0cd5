import { Module } from '@nestjs/common';
import { IDENTITY_TASK_QUEUE } from '@bastion/identity-contracts';
import { AuthModule, SESSION_CHECK } from '@bastion/platform-auth';
import { ConfigModule } from '@bastion/platform-config';
import { HealthController, REFUSAL_LISTENER } from '@bastion/platform-http';
import { PersistenceModule } from '@bastion/platform-persistence';
import { TemporalModule } from '@bastion/platform-temporal';
import { IdentityActivitiesService, identityActivities } from './activities/identity-activities.service';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AuthController, MeController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { CalendarController } from './calendar/calendar.controller';
import { HolidayCalendarService } from './calendar/holiday-calendar.service';
import { GrantsService } from './auth/grants.service';
import { IdentitySessionCheck } from './auth/identity-session-check';
import { LoginAttempts } from './auth/login-attempts.service';
import type { IdentityEnv } from './identity-env';
import { OrgController } from './org/org.controller';
import { OrgReader } from './org/org-reader.service';
import { OrgWriter } from './org/org-writer.service';
import { DisciplineService } from './people/discipline.service';
import { idNumberVaultProvider } from './people/id-number-vault.provider';
import { MembershipWriter } from './people/membership-writer.service';
import { OfficesController, PeopleController } from './people/people.controller';
import { PeopleReader } from './people/people-reader.service';
import { PeopleWriter } from './people/people-writer.service';
import { identitySchema } from './persistence/identity-schema';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/** The identity service: organisation tree, people and membership, logins, roles. */
export class IdentityModule {
  static forRoot(env: IdentityEnv) {
    @Module({
      imports: [
        ConfigModule.forRoot('identity', env),
        PersistenceModule.forService(identitySchema),
        TemporalModule.forService({
          taskQueue: IDENTITY_TASK_QUEUE,
          inject: [IdentityActivitiesService, HolidayCalendarService],
          activities: identityActivities,
        }),
        AuthModule,
      ],
      controllers: [
        HealthController,
        AuthController,
        MeController,
        OrgController,
        PeopleController,
        OfficesController,
        UsersController,
        AuditController,
        CalendarController,
      ],
      providers: [
        idNumberVaultProvider,
        AuditService,
        { provide: REFUSAL_LISTENER, useExisting: AuditService },
        GrantsService,
        AuthService,
        LoginAttempts,
        IdentitySessionCheck,
        { provide: SESSION_CHECK, useExisting: IdentitySessionCheck },
        OrgReader,
        OrgWriter,
        PeopleReader,
        PeopleWriter,
        MembershipWriter,
        DisciplineService,
        UsersService,
        IdentityActivitiesService,
        HolidayCalendarService,
      ],
    })
    class IdentityRootModule {}
    return IdentityRootModule;
  }
}

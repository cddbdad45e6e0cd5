import {
  caseActionRequestSchema,
  type CaseListQuery,
  caseListQuerySchema,
  casePageSchema,
  type CaseRow,
  caseViewSchema,
  expectedVotersQuerySchema,
  expectedVotersSchema,
  type ExpectedVotersView,
  type MigrateCase,
  migrateCaseSchema,
  type OpenCase,
  openCaseSchema,
} from '@bastion/development-contracts';
import {
  type Principal,
  RecordRoutes,
  ScopedController,
  ScopedCreate,
  ScopedList,
  ScopedRead,
} from '@bastion/platform-auth';
import type { Created, Page } from '@bastion/shared-contracts';
import { DevelopmentRoleGuard } from '../http/development-role.guard';
import { CaseActions } from './case-actions.service';
import { CaseOpening } from './case-opening.service';
import { CaseTermination } from './case-termination.service';
import { CasesReader } from './cases-reader.service';
import { ExpectedVotersService } from './expected-voters.service';

/**
 * Cases: opening one, taking over a paper record, the list, and one case with its record,
 * timeline and compliance checks and the steps the caller may take now. A step's refusals: 403
 * without the capacity the step needs, 400 for a file that is not the caller's or a person not on
 * record, 409 when the case's state does not allow it (or a sign-off is under way), 422 when a
 * rule or a date refuses it, with the rule's reason. A termination puts the reason on the case
 * and in its record; 409 once the case has ended (closed or archived).
 */
@ScopedController('cases', { guards: [DevelopmentRoleGuard] })
export class CasesController extends RecordRoutes({
  view: caseViewSchema,
  action: caseActionRequestSchema,
  reader: CasesReader,
  actions: CaseActions,
  termination: CaseTermination,
}) {
  constructor(
    private readonly opening: CaseOpening,
    private readonly voters: ExpectedVotersService,
  ) {
    super();
  }

  /**
   * A written application received (递交入党申请书): opens the person's case in their branch (or
   * the one named). 422 with the rule's reason for an applicant under 18 on the date; 409
   * CASE_EXISTS when the person has a case; 403 for a caller who is not an officer of the branch.
   */
  @ScopedCreate('', openCaseSchema)
  open(principal: Principal, body: OpenCase): Promise<Created> {
    return this.opening.open(principal, body);
  }

  /**
   * A paper record, at whatever stage it has reached, with its real dates. 422 MIGRATION_INVALID
   * lists every step the rules refuse (`problems`), and nothing is started.
   */
  @ScopedCreate('migrate', migrateCaseSchema)
  migrate(principal: Principal, body: MigrateCase): Promise<Created> {
    return this.opening.migrate(principal, body);
  }

  /** The cases the caller may see, open ones unless asked otherwise, one keyset page at a time. */
  @ScopedList('', caseListQuerySchema, casePageSchema)
  list(principal: Principal, query: CaseListQuery): Promise<Page<CaseRow>> {
    return this.reader.list(principal, query);
  }

  /** The full members of the case's branch expected at a meeting on the date, for the vote form. */
  @ScopedRead(':id/expected-voters', expectedVotersSchema, { query: expectedVotersQuerySchema })
  expectedVoters(principal: Principal, id: string, query: { date: string }): Promise<ExpectedVotersView> {
    return this.voters.expected(principal, id, query.date);
  }
}

import { Controller, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type CaseActionRequest,
  caseActionRequestSchema,
  type CaseListQuery,
  caseListQuerySchema,
  casePageSchema,
  type CaseRow,
  type CaseView,
  caseViewSchema,
  expectedVotersQuerySchema,
  expectedVotersSchema,
  type ExpectedVotersView,
  type MigrateCase,
  migrateCaseSchema,
  type OpenCase,
  openCaseSchema,
} from '@bastion/development-contracts';
import { type Principal, ScopedAction, ScopedCreate, ScopedList, ScopedRead } from '@bastion/platform-auth';
import { CallerLanguage } from '@bastion/platform-http';
import {
  type Created,
  type Page,
  type TerminationRequest,
  terminationRequestSchema,
} from '@bastion/shared-contracts';
import { DevelopmentRoleGuard } from '../http/development-role.guard';
import { CaseActions } from './case-actions.service';
import { CaseOpening } from './case-opening.service';
import { CaseTermination } from './case-termination.service';
import { CasesReader } from './cases-reader.service';
import { ExpectedVotersService } from './expected-voters.service';
import type { Language } from '@bastion/messages';
import { inLanguage } from '../http/in-language';

@ApiTags('cases')
@ApiBearerAuth()
@UseGuards(DevelopmentRoleGuard)
@Controller('cases')
export class CasesController {
  constructor(
    private readonly reader: CasesReader,
    private readonly opening: CaseOpening,
    private readonly actions: CaseActions,
    private readonly voters: ExpectedVotersService,
    private readonly termination: CaseTermination,
  ) {}

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

  /** The case: its record, timeline and compliance checks, and the steps the caller may take now. */
  @ScopedRead(':id', caseViewSchema)
  get(principal: Principal, id: string, @CallerLanguage() language: Language): Promise<CaseView> {
    return this.reader.view(principal, id, language);
  }

  /**
   * Takes a step on the case. Refusals: 403 without the capacity the step needs, 400 for a file
   * that is not the caller's or a person not on record, 409 when the case's state does not allow
   * it (or a sign-off is under way), 422 when a rule or a date refuses it, with the rule's reason.
   */
  @ScopedAction('post', ':id/actions', caseActionRequestSchema, caseViewSchema)
  async act(
    principal: Principal,
    id: string,
    request: CaseActionRequest,
    @CallerLanguage() language: Language,
  ): Promise<CaseView> {
    return inLanguage(await this.actions.act(principal, id, request), language);
  }

  /**
   * Terminates a stuck case's workflow (system administrators only; 403 for anyone else), with the
   * reason on the case and in its record. 409 once the case has ended (closed or archived).
   */
  @ScopedAction('post', ':id/terminate', terminationRequestSchema, caseViewSchema)
  async terminate(
    principal: Principal,
    id: string,
    body: TerminationRequest,
    @CallerLanguage() language: Language,
  ): Promise<CaseView> {
    return inLanguage(await this.termination.terminate(principal, id, body), language);
  }

  /** The full members of the case's branch expected at a meeting on the date, for the vote form. */
  @ScopedRead(':id/expected-voters', expectedVotersSchema, { query: expectedVotersQuerySchema })
  expectedVoters(principal: Principal, id: string, query: { date: string }): Promise<ExpectedVotersView> {
    return this.voters.expected(principal, id, query.date);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import {
  CASE_WORKFLOW,
  type CaseInput,
  caseInputSchema,
  caseWorkflowId,
  DEVELOPMENT_TASK_QUEUE,
  DevelopmentErrorCode,
  type MigratedStep,
  type MigrateCase,
  type OpenCase,
  type PersonFacts,
  type VoterRoll,
} from '@bastion/development-contracts';
import { openCaseRecord, type RuleContext } from '@bastion/development-rules';
import { expelledOn, type PersonSnapshot } from '@bastion/identity-contracts';
import { composedText } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { OutOfScopeError, ValidationError } from '@bastion/platform-http';
import { startOnce, TEMPORAL_CLIENT } from '@bastion/platform-temporal';
import type { Created, FieldProblem } from '@bastion/shared-contracts';
import { actorOf, capacitiesOn, holds } from '../access';
import { WorkingCalendar } from '../calendar/working-calendar';
import { DevelopmentError, reasonsOf } from '../development-error';
import { FilesService } from '../files/files.service';
import { factsOf, IdentityLookup, rollOf } from '../identity/identity-lookup';
import { RuleBook } from '../rules/rule-book.service';
import { untilOnRecord } from '../workflow-ready';
import { CasesReader } from './cases-reader.service';
import { namedMembers } from './named-people';
import { clock } from '@bastion/calendar';

/**
 * Opens a case (递交入党申请书) — a new application, or a paper record at whatever stage it has
 * reached. Everything the rules need is looked up first and the record is built by the same rules
 * the workflow applies, so a refusal comes back at once and nothing is started; then the case's
 * workflow starts, and the answer waits until the case is on record.
 */
@Injectable()
export class CaseOpening {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly lookup: IdentityLookup,
    private readonly rules: RuleBook,
    private readonly files: FilesService,
    private readonly cases: CasesReader,
    private readonly calendar: WorkingCalendar,
  ) {}

  open(principal: Principal, body: OpenCase): Promise<Created> {
    return this.start(principal, body, []);
  }

  migrate(principal: Principal, body: MigrateCase): Promise<Created> {
    return this.start(principal, body, body.steps);
  }

  private async start(principal: Principal, body: OpenCase, steps: MigratedStep[]): Promise<Created> {
    const actor = actorOf(principal);
    // The applicant and the mentors and sponsors a paper record names, in one ask.
    const named = steps.flatMap((step, i) => namedMembers(step, `steps.${i}`));
    const found = await this.lookup.people([body.personId, ...named.map((n) => n.member.personId)]);
    const person = found.get(body.personId);
    if (!person) throw new ValidationError([{ field: 'personId', problem: 'is not a person on record' }]);
    const org = await this.lookup.org(body.orgId ?? person.org.id);
    if (!org) throw new ValidationError([{ field: 'orgId', problem: 'is not an organisation on record' }]);
    // A branch outside the caller's reach does not exist for them, nor does its people.
    if (!holds(principal, 'development.read', org.idPath)) {
      throw new OutOfScopeError(body.orgId ? 'organisation' : 'person');
    }
    if (!capacitiesOn(principal, org.idPath).includes('officer')) {
      throw new DevelopmentError(
        DevelopmentErrorCode.NotAllowed,
        composedText('development.service.officers_open'),
      );
    }
    if (org.kind !== 'branch' || org.dissolved) {
      throw new ValidationError([{ field: 'orgId', problem: 'is not a branch that may develop members' }]);
    }
    // After 开除党籍 the person is no member, whatever their old membership says.
    if (!steps.length && person.membership && !expelledOn(person.sanctions ?? [], clock.today())) {
      throw new DevelopmentError(
        DevelopmentErrorCode.RuleBreach,
        composedText('development.service.already_member', { name: person.name }),
      );
    }
    if ((await this.cases.version(person.id)) !== undefined) throw caseExists(person.name);

    const ruleSets = await this.rules.forCommittee(org.approvingCommittee?.id ?? null);
    const input = caseInputSchema.parse({
      caseId: person.id,
      person: { personId: person.id, name: person.name, gender: person.gender, birthDate: person.birthDate },
      org: { id: org.id, name: org.name, idPath: org.idPath },
      approvingCommittee: org.approvingCommittee
        ? { id: org.approvingCommittee.id, name: org.approvingCommittee.name }
        : null,
      ruleSets,
      openedBy: { personId: actor.personId, name: actor.name },
      application: {
        date: body.applicationDate,
        note: body.note,
        files: await this.files.resolve(principal, body.files, 'files'),
      },
      migratedSteps: await this.withStoredFiles(principal, steps),
      people: namedPeople(named, found),
      sanctions: person.sanctions ?? [],
      rolls: await this.rolls(org.id, steps),
    } satisfies Partial<CaseInput>);

    const ctx: RuleContext = {
      today: clock.today(),
      now: clock.now().toISOString(),
      calendar: this.calendar.calendar,
      ruleSets,
      votersFromRoll: true,
    };
    const { problems } = openCaseRecord(input, ctx);
    if (problems.length && !steps.length) {
      throw new DevelopmentError(
        problems[0]!.code as DevelopmentErrorCode,
        reasonsOf(problems.map((p) => p.params)) ?? problems.map((p) => p.problem).join('；'),
      );
    }
    if (problems.length) throw DevelopmentError.migrationInvalid(problems);

    const started = await startOnce(this.temporal, CASE_WORKFLOW, {
      workflowId: caseWorkflowId(person.id),
      taskQueue: DEVELOPMENT_TASK_QUEUE,
      args: [input],
    });
    if (!started) throw caseExists(person.name);
    await untilOnRecord(() => this.cases.version(person.id));
    return { id: person.id };
  }

  /**
   * The branch's voters on the date of each meeting a paper record holds, as the identity service
   * counts them: the record's votes are checked against them as a live vote is.
   */
  private async rolls(branchId: string, steps: MigratedStep[]): Promise<VoterRoll[]> {
    const dates = [
      ...new Set(
        steps
          .filter((s) => s.type === 'admission_meeting' || s.type === 'conversion_meeting')
          .map((s) => s.date),
      ),
    ];
    const found = await Promise.all(dates.map((date) => this.lookup.voters(branchId, date)));
    return found.filter((v) => v !== null).map(rollOf);
  }

  /** Each paper step's files as stored: the caller's own uploads. */
  private async withStoredFiles(principal: Principal, steps: MigratedStep[]): Promise<MigratedStep[]> {
    return Promise.all(
      steps.map(async (step, i) =>
        'files' in step && step.files.length
          ? ({
              ...step,
              files: await this.files.resolve(principal, step.files, `steps.${i}.files`),
            } as MigratedStep)
          : step,
      ),
    );
  }
}

/** The mentors and sponsors a paper record names, as the identity service has them now. */
function namedPeople(
  named: ReturnType<typeof namedMembers>,
  found: Map<string, PersonSnapshot>,
): PersonFacts[] {
  const problems: FieldProblem[] = named
    .filter((n) => !found.has(n.member.personId))
    .map((n) => ({ field: n.field, problem: 'is not a person on record' }));
  if (problems.length) throw new ValidationError(problems);
  const ids = new Set(named.map((n) => n.member.personId));
  return [...found.values()].filter((p) => ids.has(p.id)).map((p) => factsOf(p));
}

function caseExists(name: string): DevelopmentError {
  return new DevelopmentError(
    DevelopmentErrorCode.CaseExists,
    composedText('development.service.case_exists', { name }),
    undefined,
    undefined,
    { params: { name } },
  );
}

import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import {
  ACT_UPDATE,
  type CaseAction,
  type CaseActionRequest,
  type CaseRecord,
  type CaseStep,
  type CaseView,
  caseWorkflowId,
  DevelopmentErrorCode,
  stepCapacities,
  type VoterRoll,
} from '@bastion/development-contracts';
import { composedText, defaultLanguage, type Language } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { ValidationError } from '@bastion/platform-http';
import { stableUuid } from '@bastion/platform-persistence';
import { sendUpdate, TEMPORAL_CLIENT } from '@bastion/platform-temporal';
import { capacitiesOn, holds, stepActorOf } from '../access';
import { DevelopmentError } from '../development-error';
import { FilesService } from '../files/files.service';
import { factsOf, IdentityLookup, rollOf } from '../identity/identity-lookup';
import { untilOnRecord } from '../workflow-ready';
import { asRefusal } from '../workflow-refusal';
import { CasesReader } from './cases-reader.service';
import { namedMembers } from './named-people';

/**
 * Takes a step on a case: checked here (can the caller see it, in what capacities, are the files
 * theirs), completed with the facts the rules need (the people it names, the branch it moves to),
 * then sent to the case's workflow as the `act` update, whose validator applies the rules. The
 * update returns once the read model holds the new record, so the answer is the fresh view. The
 * update's id comes from the caller and their idempotency key: a repeated click reaches the first
 * result.
 */
@Injectable()
export class CaseActions {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly cases: CasesReader,
    private readonly files: FilesService,
    private readonly lookup: IdentityLookup,
  ) {}

  async act(
    principal: Principal,
    id: string,
    request: CaseActionRequest,
    language: Language = defaultLanguage,
  ): Promise<CaseView> {
    const found = await this.cases.loadVisible(principal, id);
    if (found.status === 'terminated') {
      throw new DevelopmentError(
        DevelopmentErrorCode.Ended,
        composedText('development.service.case_terminated'),
      );
    }
    const actor = stepActorOf(principal, request.step.type);
    const capacities = capacitiesOn(principal, found.idPath);
    if (!stepCapacities[request.step.type].some((c) => capacities.includes(c))) {
      throw new DevelopmentError(
        DevelopmentErrorCode.NotAllowed,
        composedText('development.service.step_not_allowed'),
      );
    }
    const action: CaseAction = {
      step: await this.withStoredFiles(principal, id, request.step),
      actor,
      capacities,
      people: await this.namedPeople(request.step),
      ...(request.step.type === 'admission_meeting' || request.step.type === 'conversion_meeting'
        ? { roll: await this.roll(found.orgId, request.step.date) }
        : {}),
      ...(request.step.type === 'transfer'
        ? { toOrg: await this.branch(principal, request.step.toOrgId) }
        : {}),
    };
    const record = await sendUpdate<CaseRecord, CaseAction>(this.temporal, {
      workflowId: caseWorkflowId(id),
      update: ACT_UPDATE,
      arg: action,
      updateId: stableUuid('development-action', principal.userId, request.idempotencyKey),
      asRefusal,
    });
    await untilOnRecord(() => this.cases.version(id), record.version);
    return this.cases.view(principal, id, language);
  }

  private async withStoredFiles(principal: Principal, caseId: string, step: CaseStep): Promise<CaseStep> {
    if (!('files' in step) || !step.files.length) return step;
    return {
      ...step,
      files: await this.files.resolve(principal, step.files, 'step.files', caseId),
    } as CaseStep;
  }

  private async namedPeople(step: CaseStep) {
    const named = namedMembers(step, 'step');
    const found = await this.lookup.people(named.map((n) => n.member.personId));
    const missing = named.filter((n) => !found.has(n.member.personId));
    if (missing.length) {
      throw new ValidationError(
        missing.map((n) => ({ field: n.field, problem: 'is not a person on record' })),
      );
    }
    return [...found.values()].map(factsOf);
  }

  /** The case's branch's voters on the meeting date, as the identity service counts them. */
  private async roll(branchId: string, date: string): Promise<VoterRoll> {
    const voters = await this.lookup.voters(branchId, date);
    if (!voters)
      throw new ValidationError([{ field: 'step.date', problem: "has no roll of the case's branch" }]);
    return rollOf(voters);
  }

  /** The branch a case moves to: one the caller can see. */
  private async branch(principal: Principal, orgId: string): Promise<NonNullable<CaseAction['toOrg']>> {
    const org = await this.lookup.org(orgId);
    if (!org || !holds(principal, 'development.read', org.idPath) || org.kind !== 'branch' || org.dissolved) {
      throw new ValidationError([
        { field: 'step.toOrgId', problem: 'is not a branch you may move the case to' },
      ]);
    }
    return {
      id: org.id,
      name: org.name,
      idPath: org.idPath,
      approvingCommittee: org.approvingCommittee
        ? { id: org.approvingCommittee.id, name: org.approvingCommittee.name }
        : null,
    };
  }
}

import type { Route } from '@bastion/approvals-contracts';
import {
  type CommitteeSettings,
  DevelopmentErrorCode,
  type Refusal,
  type SignOffKind,
} from '@bastion/development-contracts';
import {
  type ApprovalAuthorityFacts,
  type ApprovalAuthorityProblem,
  approvalAuthorityProblem,
} from '@bastion/identity-rules';
import { composedText, type ComposedTextRef, ruleRefusal, textCatalogue } from '@bastion/messages';
import { reasonPiece, refuse } from './rule-refusal';

/** The sign-offs in which the committee decides: the admission (step 17) and the conversion (step 24). */
export const DECIDING_SIGN_OFFS = [
  'approval',
  'conversion_approval',
] as const satisfies readonly SignOffKind[];

/** Why a deciding stage may not stand: the organisation's own problem, or an anchor that moves with the branch. */
export type DecidingStageProblem = ApprovalAuthorityProblem | 'relative_to_branch' | 'unknown_org';

export interface DecidingStage {
  route: SignOffKind;
  stageIndex: number;
  stageName: string;
  org: { id: string | null; name: string | null };
  problem: DecidingStageProblem;
}

/** The fixed organisations the deciding routes name, to be looked up before they are checked. */
export function decidingRouteOrgIds(settings: CommitteeSettings): string[] {
  const ids = DECIDING_SIGN_OFFS.flatMap((kind) =>
    settings.routes[kind].stages.flatMap((s) =>
      s.assignees.kind === 'role' && s.assignees.at.kind === 'org' ? [s.assignees.at.orgId] : [],
    ),
  );
  return [...new Set(ids)];
}

/**
 * Every stage of a route deciding an admission or a conversion that would let an organisation
 * without approval authority decide. Named people and the approving committee (which the identity
 * service finds among committees with the authority) stand; a fixed organisation is checked by
 * the identity rule; an anchor counted from the branch never stands, since it lands on a branch or
 * a general branch for some branches.
 */
export function decidingStageProblems(
  kind: SignOffKind,
  route: Route,
  orgs: ReadonlyMap<string, ApprovalAuthorityFacts & { name: string }>,
): DecidingStage[] {
  return route.stages.flatMap((stage, stageIndex): DecidingStage[] => {
    if (stage.assignees.kind !== 'role') return [];
    const at = stage.assignees.at;
    const base = { route: kind, stageIndex, stageName: stage.name };
    if (at.kind === 'approving_committee') return [];
    if (at.kind === 'subject_org') {
      return [
        {
          ...base,
          org: { id: null, name: null },
          problem: at.levelsUp === 0 ? 'branch' : 'relative_to_branch',
        },
      ];
    }
    const org = orgs.get(at.orgId);
    if (!org) return [{ ...base, org: { id: at.orgId, name: at.name ?? null }, problem: 'unknown_org' }];
    const problem = approvalAuthorityProblem(org);
    return problem ? [{ ...base, org: { id: at.orgId, name: org.name }, problem }] : [];
  });
}

/** Every deciding stage of a committee's settings that may not stand. */
export function decidingSettingsProblems(
  settings: CommitteeSettings,
  orgs: ReadonlyMap<string, ApprovalAuthorityFacts & { name: string }>,
): DecidingStage[] {
  return DECIDING_SIGN_OFFS.flatMap((kind) => decidingStageProblems(kind, settings.routes[kind], orgs));
}

/** The words of a deciding stage's problem, as a text of the catalogue. */
export function decidingProblemText(problem: DecidingStageProblem): ComposedTextRef {
  return problem === 'relative_to_branch' || problem === 'unknown_org'
    ? reasonPiece(`deciding_stage.${problem}`)
    : composedText(`identity.approval_authority.${problem}`);
}

/** The words of a deciding stage's problem, in both languages. */
export function decidingProblemLabel(problem: DecidingStageProblem): { zh: string; en: string } {
  return textCatalogue[decidingProblemText(problem).key];
}

/** The refusal of a route whose stage would let an organisation without the authority decide. */
export function decidingStageRefusal(stage: DecidingStage): Refusal {
  return refuse(
    DevelopmentErrorCode.ApproverNotAuthorised,
    'deciding_stage',
    {
      route: reasonPiece(stage.route === 'approval' ? 'route.approval' : 'route.conversion'),
      stage: stage.stageIndex + 1,
      stageName: stage.stageName,
      org: stage.org.name ? reasonPiece('deciding_org', { org: stage.org.name }) : '',
      problem: decidingProblemText(stage.problem),
    },
    {
      route: stage.route,
      stage: stage.stageIndex + 1,
      stageName: stage.stageName,
      orgId: stage.org.id,
      org: stage.org.name,
      problem: stage.problem,
    },
  );
}

/** An organisation named to decide: refused with the reason unless it has the authority. */
export function approverRefusalOf(org: ApprovalAuthorityFacts & { name?: string }): Refusal | null {
  const problem = approvalAuthorityProblem(org);
  if (!problem) return null;
  return ruleRefusal(DevelopmentErrorCode.ApproverNotAuthorised, decidingProblemText(problem), 'zh-CN', {
    org: org.name ?? null,
    orgKind: org.kind,
    problem,
  });
}

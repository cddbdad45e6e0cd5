import {
  type AssigneeRule,
  type ExpiryAction,
  type PersonRef,
  type RejectPolicy,
  type RouteSettings,
  type RouteTemplate,
  type SaveRouteTemplate,
  saveRouteTemplateSchema,
  type Stage,
  type StageInput,
} from '@bastion/approvals-contracts';
import type { Role } from '@bastion/identity-contracts';

/**
 * The route-template editor's form model as plain values, and its conversion to and from the
 * contract. The form is flat where the contract nests unions (a share's k or p, an expiry
 * action's count), so switching a choice back and forth keeps what was typed; the contract's
 * own schema decides what is valid, and each problem it finds is put on the field that caused it.
 */

export type AnchorKind = 'subject_org' | 'approving_committee' | 'org';
export type ModeKind = 'sequential' | 'all' | 'any' | 'share';
export type ExpiryKind = ExpiryAction['kind'];
export type LimitUnit = 'working_days' | 'calendar_days';

export interface RuleValue {
  kind: 'people' | 'role';
  people: PersonRef[];
  role: Role | null;
  anchor: AnchorKind;
  levelsUp: number;
  orgId: string | null;
  orgName: string | null;
}

export interface StageValue {
  name: string;
  assignees: RuleValue;
  mode: ModeKind;
  shareBy: 'atLeast' | 'percent';
  atLeast: number | null;
  percent: number | null;
  rejectPolicy: RejectPolicy;
  limited: boolean;
  limitAmount: number | null;
  limitUnit: LimitUnit;
  remindBefore: number;
  expiry: ExpiryKind;
  remindTimes: number;
  requiresOpinion: boolean;
  requiresAttachments: boolean;
  requiresSignature: boolean;
  cc: RuleValue[];
}

export type SettingsValue = RouteSettings;

export interface TemplateValue {
  name: string;
  description: string;
  settings: SettingsValue;
  stages: StageValue[];
}

export const emptyRule = (): RuleValue => ({
  kind: 'role',
  people: [],
  role: null,
  anchor: 'subject_org',
  levelsUp: 0,
  orgId: null,
  orgName: null,
});

export const emptyStage = (): StageValue => ({
  name: '',
  assignees: emptyRule(),
  mode: 'sequential',
  shareBy: 'atLeast',
  atLeast: null,
  percent: null,
  rejectPolicy: 'veto',
  limited: false,
  limitAmount: 3,
  limitUnit: 'working_days',
  remindBefore: 1,
  expiry: 'remind',
  remindTimes: 2,
  requiresOpinion: false,
  requiresAttachments: false,
  requiresSignature: false,
  cc: [],
});

export const defaultSettings = (): SettingsValue => ({
  onReject: 'end',
  resubmitFrom: 'returning_stage',
  submitterAsAssignee: 'act',
  sameAssigneeConsecutive: 'act',
  whenNobody: 'escalate',
  processAdmins: [],
  withdraw: 'until_first_action',
  allowRecall: true,
  allowAutoDecision: false,
  urgeIntervalMinutes: 60,
});

export function ruleToValue(rule: AssigneeRule): RuleValue {
  if (rule.kind === 'people') return { ...emptyRule(), kind: 'people', people: [...rule.people] };
  const at = rule.at;
  return {
    ...emptyRule(),
    role: rule.role,
    anchor: at.kind,
    levelsUp: at.kind === 'subject_org' ? at.levelsUp : 0,
    orgId: at.kind === 'org' ? at.orgId : null,
    orgName: at.kind === 'org' ? (at.name ?? null) : null,
  };
}

export function valueToRule(v: RuleValue): unknown {
  if (v.kind === 'people') return { kind: 'people', people: v.people };
  const at =
    v.anchor === 'org'
      ? { kind: 'org', orgId: v.orgId ?? '', ...(v.orgName ? { name: v.orgName } : {}) }
      : v.anchor === 'subject_org'
        ? { kind: 'subject_org', levelsUp: v.levelsUp }
        : { kind: 'approving_committee' };
  return { kind: 'role', role: v.role ?? undefined, at };
}

export function stageToValue(stage: Stage): StageValue {
  const mode = stage.mode;
  return {
    name: stage.name,
    assignees: ruleToValue(stage.assignees),
    mode: mode.kind,
    shareBy: mode.kind === 'share' && mode.percent !== undefined ? 'percent' : 'atLeast',
    atLeast: mode.kind === 'share' ? (mode.atLeast ?? null) : null,
    percent: mode.kind === 'share' ? (mode.percent ?? null) : null,
    rejectPolicy: stage.rejectPolicy,
    limited: stage.timeLimit !== null,
    limitAmount: stage.timeLimit?.amount ?? 3,
    limitUnit: stage.timeLimit?.unit ?? 'working_days',
    remindBefore: stage.remindBefore,
    expiry: stage.onExpiry.kind,
    remindTimes: stage.onExpiry.kind === 'remind' ? stage.onExpiry.times : 2,
    requiresOpinion: stage.requires.opinion,
    requiresAttachments: stage.requires.attachments,
    requiresSignature: stage.requires.signature,
    cc: stage.cc.map(ruleToValue),
  };
}

export function valueToStage(v: StageValue): StageInput {
  const mode =
    v.mode !== 'share'
      ? { kind: v.mode }
      : v.shareBy === 'atLeast'
        ? { kind: 'share', atLeast: v.atLeast ?? undefined }
        : { kind: 'share', percent: v.percent ?? undefined };
  return {
    name: v.name.trim(),
    assignees: valueToRule(v.assignees),
    mode,
    rejectPolicy: v.rejectPolicy,
    timeLimit: v.limited ? { amount: v.limitAmount ?? 0, unit: v.limitUnit } : null,
    remindBefore: v.remindBefore,
    onExpiry: v.expiry === 'remind' ? { kind: 'remind', times: v.remindTimes } : { kind: v.expiry },
    requires: {
      opinion: v.requiresOpinion,
      attachments: v.requiresAttachments,
      signature: v.requiresSignature,
    },
    cc: v.cc.map(valueToRule),
  } as StageInput;
}

export function templateToValue(template: RouteTemplate | null): TemplateValue {
  if (!template) return { name: '', description: '', settings: defaultSettings(), stages: [emptyStage()] };
  return {
    name: template.name,
    description: template.description ?? '',
    settings: { ...defaultSettings(), ...template.route.settings },
    stages: template.route.stages.map(stageToValue),
  };
}

/** The body to save, before validation. */
export function valueToSave(v: TemplateValue): unknown {
  return {
    name: v.name.trim(),
    description: v.description.trim() || null,
    route: { stages: v.stages.map(valueToStage), settings: v.settings },
  };
}

/** One problem the schema found, with the form control it belongs to (null: the form as a whole). */
export interface FormProblem {
  control: string | null;
  code: string;
  message: string;
  minimum?: number;
  maximum?: number;
  origin?: string;
}

export type Validated = { ok: true; value: SaveRouteTemplate } | { ok: false; problems: FormProblem[] };

export function validateTemplate(v: TemplateValue): Validated {
  const result = saveRouteTemplateSchema.safeParse(valueToSave(v));
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const extra = issue as { minimum?: unknown; maximum?: unknown; origin?: unknown };
      return {
        control: controlPath(issue.path),
        code: issue.code,
        message: issue.message,
        ...(typeof extra.minimum === 'number' ? { minimum: extra.minimum } : {}),
        ...(typeof extra.maximum === 'number' ? { maximum: extra.maximum } : {}),
        ...(typeof extra.origin === 'string' ? { origin: extra.origin } : {}),
      };
    }),
  };
}

type Segment = string | number;

/**
 * The form control a contract path points at: `route.stages.2.mode.atLeast` → `stages.2.atLeast`.
 * Takes a schema path or a service's dotted `field`.
 */
export function controlPath(path: readonly PropertyKey[] | string): string | null {
  const segments: Segment[] = (typeof path === 'string' ? path.split('.') : [...path]).map((s) =>
    typeof s === 'number' ? s : /^\d+$/.test(String(s)) ? Number(s) : String(s),
  );
  const [head, section, ...rest] = segments;
  if (head === 'name' || head === 'description') return head;
  if (head !== 'route') return null;
  if (section === 'settings') return rest.length ? `settings.${rest[0]}` : 'settings';
  if (section !== 'stages') return null;
  const [index, ...field] = rest;
  if (index === undefined) return 'stages';
  const inner = stageControl(field);
  return inner ? `stages.${index}.${inner}` : `stages.${index}`;
}

function stageControl([head, ...rest]: Segment[]): string | null {
  switch (head) {
    case 'name':
    case 'rejectPolicy':
    case 'remindBefore':
      return head;
    case 'assignees':
      return `assignees${ruleControl(rest)}`;
    case 'mode':
      return rest[0] === 'atLeast' || rest[0] === 'percent' ? rest[0] : 'mode';
    case 'timeLimit':
      return rest[0] === 'unit' ? 'limitUnit' : 'limitAmount';
    case 'onExpiry':
      return rest[0] === 'times' ? 'remindTimes' : 'expiry';
    case 'requires': {
      const which = {
        opinion: 'requiresOpinion',
        attachments: 'requiresAttachments',
        signature: 'requiresSignature',
      };
      return which[rest[0] as keyof typeof which] ?? 'requiresOpinion';
    }
    case 'cc': {
      const [j, ...r] = rest;
      return j === undefined ? 'cc' : `cc.${j}${ruleControl(r)}`;
    }
    default:
      return null;
  }
}

function ruleControl([head, field]: Segment[]): string {
  switch (head) {
    case 'people':
    case 'role':
    case 'kind':
      return `.${head}`;
    case 'at':
      return field === 'orgId' ? '.orgId' : field === 'levelsUp' ? '.levelsUp' : '.anchor';
    default:
      return '';
  }
}

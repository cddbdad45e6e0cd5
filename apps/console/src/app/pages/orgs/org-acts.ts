import { FormGroup, Validators } from '@angular/forms';
import type { CreateOrg, OrgDetail, OrgKind, UpdateOrg } from '@bastion/identity-contracts';
import { childKindsOf, parentKindsOf } from '@bastion/identity-rules';
import { map, type Observable } from 'rxjs';
import {
  actControl as control,
  type DialogAct,
  type FieldLayout,
  type IdentityApi,
  toLocalDate,
  type TranslateService,
} from '@bastion/console-ui';

/** What an act on an organisation is done to, and the service that records it. */
export interface OrgTarget {
  readonly api: IdentityApi;
  /** The parent when creating, the organisation itself otherwise. */
  readonly org: OrgDetail;
}

/** One act on an organisation in a dialog; its answer is the organisation the tree turns to. */
type OrgAct<V> = DialogAct<OrgTarget, V, string>;

const named = [Validators.required, Validators.minLength(2)];

type OrgValue = {
  kind: OrgKind;
  name: string;
  code: string;
  mayApprove: boolean;
  isTemporary: boolean;
  approvingCommitteeId: string;
};

/** The organisation form's controls: a new one's kind is the first its parent may hold. */
function orgForm(org: OrgDetail, editing: boolean) {
  return new FormGroup({
    kind: control<OrgKind>(editing ? org.kind : (childKindsOf(org.kind)[0] ?? 'branch'), Validators.required),
    name: control(editing ? org.name : '', ...named),
    code: control(editing ? (org.code ?? '') : ''),
    mayApprove: control(editing ? org.mayApprove : true),
    isTemporary: control(editing ? org.isTemporary : false),
    approvingCommitteeId: control(
      editing && org.approvingCommittee && !org.approvingCommittee.inherited ? org.approvingCommittee.id : '',
    ),
  });
}

/**
 * The kind is chosen when creating only. A committee has its approval authority; a branch is
 * temporary or not and names the committee that approves for it (one of the committees above
 * it; the service checks which of them may approve), or inherits one.
 */
function orgFields(v: OrgValue, i18n: TranslateService, org: OrgDetail, editing: boolean): FieldLayout {
  const path = editing ? org.path.slice(0, -1) : org.path;
  const approvers = [
    { value: '', label: 'orgs.form.approverInherit' as const },
    ...path.filter((ref) => ref.kind === 'committee').map((c) => ({ value: c.id, text: c.name })),
  ];
  return [
    ...(editing
      ? []
      : [
          {
            key: 'kind',
            label: 'orgs.form.kind',
            kind: 'select',
            id: 'org-kind',
            testId: 'org-form-kind',
            options: childKindsOf(org.kind).map((k) => ({ value: k, text: i18n.kind(k) })),
          } as const,
        ]),
    { key: 'name', label: 'orgs.form.name', kind: 'text', id: 'org-name', testId: 'org-form-name' },
    { key: 'code', label: 'orgs.form.code', kind: 'text', id: 'org-code', testId: 'org-form-code' },
    ...(v.kind === 'committee'
      ? [{ key: 'mayApprove', label: 'orgs.mayApprove', kind: 'checkbox' } as const]
      : []),
    ...(v.kind === 'branch'
      ? ([
          { key: 'isTemporary', label: 'orgs.isTemporary', kind: 'checkbox' },
          {
            key: 'approvingCommitteeId',
            label: 'orgs.form.approvingCommittee',
            kind: 'select',
            id: 'org-approver',
            options: approvers,
          },
        ] as const)
      : []),
  ];
}

/** What a committee or a branch carries besides its name and code. */
function kindSettings(kind: OrgKind, v: OrgValue) {
  return {
    ...(kind === 'committee' ? { mayApprove: v.mayApprove } : {}),
    ...(kind === 'branch'
      ? { isTemporary: v.isTemporary, approvingCommitteeId: v.approvingCommitteeId || null }
      : {}),
  };
}

/**
 * The organisation form in its dialog: creating one under the target (the tree then selects the
 * new one) or editing the target itself, whose kind stays. The service's problems show at the
 * fields.
 */
function formAct(editing: boolean): OrgAct<OrgValue> {
  return {
    reloadable: true,
    enterSaves: true,
    testId: 'org-form',
    title: editing ? 'orgs.form.editTitle' : 'orgs.form.createTitle',
    // The target is the parent when creating, the organisation itself when editing.
    titleParams: ({ org }) => ({ parent: org.name, name: org.name }),
    form: ({ org }) => orgForm(org, editing),
    fields: (v, i18n, { org }) => orgFields(v, i18n, org, editing),
    send: (v, { api, org }) => (editing ? saveOrg(api, org, v) : createOrg(api, org, v)),
    done: editing ? 'common.saved' : 'orgs.form.created',
    doneParams: (v) => ({ name: v.name.trim() }),
  };
}

function createOrg(api: IdentityApi, parent: OrgDetail, v: OrgValue): Observable<string> {
  const input: CreateOrg = {
    parentId: parent.id,
    kind: v.kind,
    name: v.name.trim(),
    ...(v.code.trim() ? { code: v.code.trim() } : {}),
    ...kindSettings(v.kind, v),
  };
  return api.createOrg(input).pipe(map(({ id }) => id));
}

function saveOrg(api: IdentityApi, org: OrgDetail, v: OrgValue): Observable<string> {
  const input: UpdateOrg = {
    version: org.version,
    name: v.name.trim(),
    code: v.code.trim() || null,
    ...kindSettings(org.kind, v),
  };
  return api.updateOrg(org.id, input).pipe(map(() => org.id));
}

/** Moves an organisation, with everything under it, to a new parent of a kind that may hold it. */
const move: OrgAct<{ newParentId: string | null }> = {
  title: 'orgs.move.title',
  titleParams: ({ org }) => ({ name: org.name }),
  okText: 'common.confirm',
  allProblems: true,
  reloadable: true,
  enterSaves: true,
  alert: { type: 'info', text: 'orgs.move.hint' },
  // Named as the service names the field in its problems.
  form: () => new FormGroup({ newParentId: control<string | null>(null, Validators.required) }),
  fields: (_v, _i18n, { org }) => [
    {
      key: 'newParentId',
      label: 'orgs.move.newParent',
      kind: 'org',
      testId: 'org-move-parent',
      org: { selectable: parentKindsOf(org.kind) },
    },
  ],
  // Required, so it is set whenever the form goes out.
  send: ({ newParentId }, { api, org }) =>
    api.moveOrg(org.id, { newParentId: newParentId!, version: org.version }).pipe(map(() => newParentId!)),
  done: 'orgs.move.done',
};

/**
 * Dissolves an organisation after the user gives a reason. The service refuses while anything
 * still belongs to it; its message says how much, so it is shown as well.
 */
const dissolve: OrgAct<{ reason: string; date: Date | null }> = {
  title: 'orgs.dissolve.title',
  titleParams: ({ org }) => ({ name: org.name }),
  okText: 'orgs.dissolve.confirm',
  okDanger: true,
  okTestId: 'org-dissolve-confirm',
  errorTestId: 'org-dissolve-error',
  reloadable: true,
  serverMessageFor: ['ORG_NOT_EMPTY'],
  enterSaves: true,
  alert: { type: 'warning', text: 'orgs.dissolve.warning' },
  form: () => new FormGroup({ reason: control('', ...named), date: control<Date | null>(null) }),
  fields: () => [
    {
      key: 'reason',
      label: 'orgs.dissolve.reason',
      kind: 'textarea',
      id: 'dissolve-reason',
      testId: 'org-dissolve-reason',
      rows: 3,
    },
    { key: 'date', label: 'orgs.dissolve.date', kind: 'date', id: 'dissolve-date' },
  ],
  send: ({ reason, date }, { api, org }) => {
    const day = toLocalDate(date);
    return api
      .dissolveOrg(org.id, { reason: reason.trim(), version: org.version, ...(day ? { date: day } : {}) })
      .pipe(map(() => org.parentId ?? ''));
  },
  done: 'orgs.dissolve.done',
  doneParams: (_v, { org }) => ({ name: org.name }),
};

/** Every act on an organisation, by the name its page opens the dialog with. */
export const ORG_ACTS = { create: formAct(false), edit: formAct(true), move, dissolve } as const;
export type OrgActName = keyof typeof ORG_ACTS;

import { type RouteTemplate, routeSchema, stageSchema } from '@bastion/approvals-contracts';
import {
  controlPath,
  emptyStage,
  type StageValue,
  stageToValue,
  templateToValue,
  type TemplateValue,
  validateTemplate,
  valueToStage,
} from './template-form';
import { FormArray, FormControl } from '@angular/forms';
import { applyProblems, loadTemplateForm, rows, stageGroup, templateForm } from './template-form-groups';

const ORG = '00000000-0000-4000-8000-0000000000c1';
const ALICE = { personId: '00000000-0000-4000-8000-00000000000a', name: '王一' };
const BOB = { personId: '00000000-0000-4000-8000-00000000000b', name: '李二' };

/** A form as an administrator fills it in: a countersign of two people, then the committee secretary. */
function filledIn(): TemplateValue {
  const value = templateToValue(null);
  value.name = '通用请示（会签）';
  value.stages = [
    {
      ...emptyStage(),
      name: '支委会签',
      assignees: { ...emptyStage().assignees, kind: 'people', people: [ALICE, BOB] },
      mode: 'all',
      limited: true,
      limitAmount: 3,
      requiresOpinion: true,
    },
    {
      ...emptyStage(),
      name: '党委审批',
      assignees: {
        ...emptyStage().assignees,
        kind: 'role',
        role: 'secretary',
        anchor: 'approving_committee',
      },
      mode: 'share',
      shareBy: 'percent',
      percent: 60,
      cc: [
        {
          ...emptyStage().assignees,
          kind: 'role',
          role: 'org_department',
          anchor: 'org',
          orgId: ORG,
          orgName: '青山林业局党委',
        },
      ],
    },
  ];
  return value;
}

const problemsOf = (value: TemplateValue) => {
  const result = validateTemplate(value);
  return result.ok ? [] : result.problems.map((p) => p.control);
};

describe('the route-template form model', () => {
  it('turns a filled-in form into a route the contract accepts', () => {
    const result = validateTemplate(filledIn());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.description).toBeNull();
    const [first, second] = result.value.route.stages;
    expect(first).toMatchObject({
      name: '支委会签',
      assignees: { kind: 'people', people: [ALICE, BOB] },
      mode: { kind: 'all' },
      timeLimit: { amount: 3, unit: 'working_days' },
      onExpiry: { kind: 'remind', times: 2 },
      requires: { opinion: true, attachments: false, signature: false },
    });
    expect(second).toMatchObject({
      assignees: { kind: 'role', role: 'secretary', at: { kind: 'approving_committee' } },
      mode: { kind: 'share', percent: 60 },
      timeLimit: null,
      cc: [{ kind: 'role', role: 'org_department', at: { kind: 'org', orgId: ORG, name: '青山林业局党委' } }],
    });
    expect(routeSchema.safeParse(result.value.route).success).toBe(true);
  });

  it('reads a stored route back into the same form', () => {
    const result = validateTemplate(filledIn());
    if (!result.ok) throw new Error('expected a valid form');
    const stored: RouteTemplate = {
      id: '00000000-0000-4000-8000-0000000000e1',
      version: 2,
      archived: false,
      updatedAt: '2026-05-01T00:00:00.000Z',
      updatedBy: 'admin',
      ...result.value,
    } as RouteTemplate;
    const again = templateToValue(stored);
    expect(again.stages.map(valueToStage)).toEqual(result.value.route.stages);
    expect(again.settings).toEqual(result.value.route.settings);
  });

  it('keeps what was typed for a choice the user switched away from', () => {
    const stage: StageValue = {
      ...emptyStage(),
      name: '党委审批',
      assignees: { ...emptyStage().assignees, role: 'secretary' },
      mode: 'share',
      shareBy: 'atLeast',
      atLeast: 2,
      percent: 50,
    };
    expect(valueToStage(stage).mode).toEqual({ kind: 'share', atLeast: 2 });
    expect(valueToStage({ ...stage, shareBy: 'percent' }).mode).toEqual({ kind: 'share', percent: 50 });
    const stored = stageSchema.parse(valueToStage(stage));
    expect(stageToValue({ ...stored, mode: { kind: 'any' } }).mode).toBe('any');
  });

  it('reports each problem on the field that caused it', () => {
    const value = filledIn();
    value.name = 'x';
    value.stages[0]!.name = '  ';
    value.stages[0]!.assignees.people = [];
    value.stages[1]!.assignees.role = null;
    value.stages[1]!.percent = null;
    value.stages[1]!.cc[0]!.orgId = null;
    expect(problemsOf(value).sort()).toEqual(
      [
        'name',
        'stages.0.name',
        'stages.0.assignees.people',
        'stages.1.assignees.role',
        'stages.1.mode',
        'stages.1.cc.0.orgId',
      ].sort(),
    );
  });

  it('reports the route’s own rules: automatic decisions, limits, administrators, counts', () => {
    const value = filledIn();
    value.stages[0]!.expiry = 'auto_approve';
    value.stages[1]!.expiry = 'escalate';
    value.stages[0]!.mode = 'share';
    value.stages[0]!.atLeast = 3;
    value.settings.whenNobody = 'process_admin';
    expect(problemsOf(value).sort()).toEqual(
      ['settings.processAdmins', 'stages.0.expiry', 'stages.0.atLeast', 'stages.1.expiry'].sort(),
    );
  });

  it('maps the service’s dotted fields to the same controls', () => {
    expect(controlPath('route.stages.2.mode.atLeast')).toBe('stages.2.atLeast');
    expect(controlPath('route.stages.0.timeLimit.amount')).toBe('stages.0.limitAmount');
    expect(controlPath('route.stages.0.onExpiry.times')).toBe('stages.0.remindTimes');
    expect(controlPath('route.stages.1.assignees.at.levelsUp')).toBe('stages.1.assignees.levelsUp');
    expect(controlPath('route.stages.1.cc.0.people')).toBe('stages.1.cc.0.people');
    expect(controlPath('route.stages.1.requires.signature')).toBe('stages.1.requiresSignature');
    expect(controlPath('route.settings.urgeIntervalMinutes')).toBe('settings.urgeIntervalMinutes');
    expect(controlPath('name')).toBe('name');
    expect(controlPath('version')).toBeNull();
  });

  it('puts problems on the form’s controls and returns the rest', () => {
    const form = templateForm(filledIn());
    const rest = applyProblems(form, [
      { control: 'stages.1.assignees.role', text: '此项必填' },
      { control: null, text: '其他问题' },
    ]);
    const role = form.get('stages.1.assignees.role')!;
    expect(role.errors).toEqual({ server: '此项必填' });
    expect(role.touched).toBe(true);
    expect(rest).toEqual(['其他问题']);
    // The next edit clears it.
    role.setValue('deputy_secretary');
    expect(role.errors).toBeNull();
  });

  it('loads a template of another length into the same form', () => {
    const form = templateForm(templateToValue(null));
    loadTemplateForm(form, filledIn());
    expect(form.controls.stages.length).toBe(2);
    expect(form.getRawValue()).toEqual(filledIn());
    expect(form.pristine).toBe(true);
  });
});

describe('a list of rows edited in place', () => {
  type Rows = FormArray<FormControl<string>>;
  const list = (): Rows =>
    new FormArray(['a', 'b', 'c'].map((v) => new FormControl(v, { nonNullable: true })));

  it.each<[string, (rows: Rows) => void, string[]]>([
    ['moves a row up', (l) => rows.move(l, 1, -1), ['b', 'a', 'c']],
    ['moves a row down', (l) => rows.move(l, 1, 1), ['a', 'c', 'b']],
    ['does not move the first row up', (l) => rows.move(l, 0, -1), ['a', 'b', 'c']],
    ['does not move the last row down', (l) => rows.move(l, 2, 1), ['a', 'b', 'c']],
    ['removes a row', (l) => rows.remove(l, 1), ['a', 'c']],
    ['keeps the rows the list must keep', (l) => rows.remove(l, 1, 3), ['a', 'b', 'c']],
    [
      'adds a row at the end',
      (l) => rows.add(l, new FormControl('d', { nonNullable: true })),
      ['a', 'b', 'c', 'd'],
    ],
  ])('%s', (_case, edit, expected) => {
    const rowList = list();
    edit(rowList);
    expect(rowList.getRawValue()).toEqual(expected);
  });

  it('marks the form that holds the list as changed', () => {
    const form = templateForm(templateToValue(null));
    rows.add(form.controls.stages, stageGroup(emptyStage()));
    expect(form.dirty).toBe(true);
  });
});

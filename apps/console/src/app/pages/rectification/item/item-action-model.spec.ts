import { itemActionRequestSchema } from '@bastion/rectification-contracts';
import {
  buildItemAction,
  type DraftSource,
  draftFieldOf,
  draftFor,
  editChanges,
  type ItemDraft,
  itemDraftProblems,
  needsConfirmation,
  offeredItemActions,
} from './item-action-model';

const owner = { personId: '11111111-1111-4111-8111-111111111111', name: '王林' };
const leader = { personId: '22222222-2222-4222-8222-222222222222', name: '李书记' };
const file = {
  id: '33333333-3333-4333-8333-333333333333',
  name: '会议记录.pdf',
  sha256: 'a'.repeat(64),
  size: 2048,
};
const KEY = 'key-0000-1111';

const record: DraftSource = {
  text: {
    problem: '三会一课制度落实不到位',
    category: 'organisational',
    seriousness: 'serious',
    measures: '',
    target: '',
    supportingUnits: ['组织部'],
    exemptFromPublication: false,
  },
  owner: null,
  leader: null,
  deadline: '2026-06-30',
  progressPercent: 40,
  namedSupervision: false,
  longTerm: null,
};

const draft = (changes: Partial<ItemDraft> = {}): ItemDraft => ({ ...draftFor(record), ...changes });
/** Every body the model builds must pass the service's own schema. */
const valid = (type: Parameters<typeof buildItemAction>[0], d: ItemDraft) => {
  const body = buildItemAction(type, d, record, KEY);
  const parsed = itemActionRequestSchema.safeParse(body);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  return body;
};

describe('item action panel model', () => {
  it('offers exactly the allowed actions, in the panel order', () => {
    expect(offeredItemActions(['urge', 'assign', 'look_back', 'edit'])).toEqual([
      'assign',
      'edit',
      'urge',
      'look_back',
    ]);
    expect(offeredItemActions([])).toEqual([]);
  });

  it('starts a form from the item: its text, deadline, progress and the flag to toggle', () => {
    const d = draftFor({ ...record, owner, leader, namedSupervision: true });
    expect(d.owner).toEqual([owner]);
    expect(d.leader).toEqual([leader]);
    expect(d.deadline).toEqual(new Date(2026, 5, 30));
    expect(d.percent).toBe(40);
    expect(d.problem).toBe('三会一课制度落实不到位');
    expect(d.on).toBe(false);
  });

  it('asks for owner, leader and deadline before an assignment', () => {
    expect(itemDraftProblems('assign', draft({ owner: [], leader: [], deadline: null }), record)).toEqual({
      owner: 'common.required',
      leader: 'common.required',
      deadline: 'common.required',
    });
    const body = valid('assign', draft({ owner: [owner], leader: [leader], note: '  请抓紧  ' }));
    expect(body).toEqual({
      type: 'assign',
      idempotencyKey: KEY,
      owner,
      leader,
      deadline: '2026-06-30',
      note: '请抓紧',
    });
  });

  it('edits only what changed, and refuses an edit that changes nothing', () => {
    expect(itemDraftProblems('edit', draft(), record)).toEqual({ problem: 'rect.need.change' });
    expect(itemDraftProblems('edit', draft({ problem: '  ' }), record)).toEqual({
      problem: 'common.required',
    });
    const changed = draft({
      seriousness: 'very_serious',
      supportingUnits: ['组织部', ' 纪委 ', ''],
      deadline: new Date(2026, 6, 15),
    });
    expect(editChanges(changed, record)).toEqual({
      text: { seriousness: 'very_serious', supportingUnits: ['组织部', '纪委'] },
      deadline: '2026-07-15',
    });
    expect(valid('edit', changed)).toMatchObject({ type: 'edit', deadline: '2026-07-15' });
  });

  it('sends the plan with its measures and target, files as references only', () => {
    expect(itemDraftProblems('submit_plan', draft(), record)).toEqual({
      measures: 'common.required',
      target: 'common.required',
    });
    const body = valid('submit_plan', draft({ measures: '每月开展', target: '制度落实', files: [file] }));
    expect(body).toMatchObject({
      measures: '每月开展',
      target: '制度落实',
      files: [{ id: file.id, name: file.name, sha256: file.sha256 }],
    });
  });

  it('needs a note for progress and for acceptance, and a file for evidence', () => {
    expect(itemDraftProblems('progress', draft(), record)).toEqual({ note: 'common.required' });
    expect(itemDraftProblems('submit_acceptance', draft(), record)).toEqual({ note: 'common.required' });
    expect(itemDraftProblems('evidence', draft(), record)).toEqual({ files: 'rect.need.files' });
    expect(valid('progress', draft({ percent: 60, note: '已完成一半' }))).toMatchObject({ percent: 60 });
    expect(valid('evidence', draft({ files: [file] }))).toMatchObject({ type: 'evidence', note: '' });
    expect(valid('submit_acceptance', draft({ note: '整改完毕' }))).toMatchObject({ note: '整改完毕' });
  });

  it('asks an extension for its new date and reason', () => {
    expect(itemDraftProblems('request_extension', draft(), record)).toEqual({
      newDeadline: 'common.required',
      reason: 'common.required',
    });
    expect(
      valid('request_extension', draft({ newDeadline: new Date(2026, 8, 30), reason: '需上级政策' })),
    ).toMatchObject({
      newDeadline: '2026-09-30',
      reason: '需上级政策',
    });
  });

  it('wants every milestone complete before going long-term', () => {
    const half = draft({
      milestones: [
        { title: '制度', due: new Date(2026, 8, 1) },
        { title: '', due: null },
      ],
      reason: '周期长',
    });
    expect(itemDraftProblems('long_term', half, record)).toEqual({ milestones: 'rect.need.milestones' });
    expect(itemDraftProblems('long_term', draft({ milestones: [] }), record)).toMatchObject({
      milestones: 'rect.need.milestones',
    });
    const body = valid('long_term', { ...half, milestones: [half.milestones[0]!], reportEveryMonths: 2 });
    expect(body).toMatchObject({ milestones: [{ title: '制度', due: '2026-09-01' }], reportEveryMonths: 2 });
  });

  it('picks the first open milestone to mark done', () => {
    const longTerm = {
      milestones: [
        { title: '一', due: '2026-07-01', doneOn: '2026-06-28' },
        { title: '二', due: '2026-10-01', doneOn: null },
      ],
      reportEveryMonths: 3,
      nextReportDue: '2026-09-30',
    };
    const d = draftFor({ ...record, longTerm });
    expect(d.milestoneIndex).toBe(1);
    expect(valid('milestone_done', d)).toMatchObject({ index: 1 });
    expect(itemDraftProblems('milestone_done', { ...d, milestoneIndex: null }, record)).toEqual({
      milestoneIndex: 'common.required',
    });
  });

  it('hands over and transfers only with a reason and somewhere to go', () => {
    expect(itemDraftProblems('hand_over', draft(), record)).toEqual({
      to: 'common.required',
      reason: 'common.required',
    });
    expect(itemDraftProblems('transfer', draft({ reason: '机构调整' }), record)).toEqual({
      orgId: 'rect.need.successor',
    });
    const body = valid('transfer', draft({ reason: '机构调整', leader: [leader] }));
    expect(body).toEqual({ type: 'transfer', idempotencyKey: KEY, leader, reason: '机构调整' });
    expect(valid('hand_over', draft({ to: '纪委', reason: '涉嫌违纪' }))).toMatchObject({ to: '纪委' });
  });

  it('urges and toggles named supervision with nothing required', () => {
    expect(itemDraftProblems('urge', draft(), record)).toEqual({});
    expect(valid('urge', draft())).toEqual({ type: 'urge', idempotencyKey: KEY, note: '' });
    expect(valid('named_supervision', draft())).toMatchObject({ on: true });
  });

  it('links chosen items and unlinks one linked item, each needing its choice', () => {
    const other = '00000000-0000-4000-8000-0000000000f1';
    expect(itemDraftProblems('link', draft(), record)).toEqual({ linkIds: 'common.required' });
    expect(valid('link', draft({ linkIds: [other], note: '审计发现同一问题' }))).toEqual({
      type: 'link',
      idempotencyKey: KEY,
      itemIds: [other],
      note: '审计发现同一问题',
    });
    expect(itemDraftProblems('unlink', draft(), record)).toEqual({ unlinkId: 'common.required' });
    expect(valid('unlink', draft({ unlinkId: other }))).toMatchObject({ type: 'unlink', itemId: other });
    expect(draftFieldOf('itemIds')).toBe('linkIds');
  });

  it('looks back: a relapse needs a new deadline, a hold sends none', () => {
    expect(itemDraftProblems('look_back', draft(), record)).toEqual({
      holds: 'common.required',
      note: 'common.required',
    });
    const relapsed = draft({ holds: false, note: '问题反弹' });
    expect(itemDraftProblems('look_back', relapsed, record)).toEqual({ newDeadline: 'common.required' });
    expect(valid('look_back', { ...relapsed, newDeadline: new Date(2026, 11, 31) })).toMatchObject({
      holds: false,
      newDeadline: '2026-12-31',
    });
    const holds = valid(
      'look_back',
      draft({ holds: true, note: '巩固良好', newDeadline: new Date(2026, 11, 31) }),
    );
    expect(holds).not.toHaveProperty('newDeadline');
  });

  it('asks before handing over, submitting for acceptance and reopening at a look-back', () => {
    expect(needsConfirmation('hand_over', draft())).toBe(true);
    expect(needsConfirmation('submit_acceptance', draft())).toBe(true);
    expect(needsConfirmation('look_back', draft({ holds: false }))).toBe(true);
    expect(needsConfirmation('look_back', draft({ holds: true }))).toBe(false);
    expect(needsConfirmation('progress', draft())).toBe(false);
  });

  it('puts the service’s problems on the fields of the form', () => {
    expect(draftFieldOf('text.problem')).toBe('problem');
    expect(draftFieldOf('milestones.1.due')).toBe('milestones');
    expect(draftFieldOf('index')).toBe('milestoneIndex');
    expect(draftFieldOf('owner.personId')).toBe('owner');
    expect(draftFieldOf('idempotencyKey')).toBeNull();
  });
});

import { createHash } from 'node:crypto';
import { addWorkingDays, parseLocalDate as d, shanghaiDateOf, workingDaysBetween } from '@bastion/calendar';
import { ADMIN, directory, startedForSuite } from '@bastion/platform-service-testing';
import { defaultSourceConfig, type ItemView } from '@bastion/rectification-contracts';
import { startRectificationTestApp } from '../../testing/rectification-test-app';
import {
  action,
  decide,
  inDays,
  item,
  itemWhen,
  openBatch,
  registerItem,
  step,
  testCalendar,
} from '../../testing/fixtures';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('an item from registration to closing', () => {
  const t = startedForSuite(() => startRectificationTestApp('item_lifecycle'));
  let batchId: string;

  beforeAll(async () => {
    batchId = (await openBatch(t)).row.id;
  });

  /** Registered, assigned to 赵一 under 王甲书, its plan approved by the branch and the general branch. */
  async function inProgress(deadline = inDays(30)): Promise<string> {
    const id = await registerItem(t, batchId);
    await step(t, 'inspectionWu', id, 'assign', {
      owner: directory.ref('submitter'),
      leader: directory.ref('farmASecretary'),
      deadline,
    });
    const planned = await step(t, 'submitter', id, 'submit_plan', {
      measures: '逐月补齐记录',
      target: '记录完整',
    });
    expect(planned.row.status).toBe('plan_approval');
    expect(await decide(t, planned.record.pending!.requestId)).toBe('approved');
    return (await itemWhen(t, id, (v) => v.row.status === 'in_progress', 'plan approved')).row.id;
  }

  async function withEvidence(id: string): Promise<ItemView> {
    const uploaded = await t.as('submitter').upload('整改记录.pdf', 'application/pdf', pdf);
    expect(uploaded.status).toBe(201);
    return step(t, 'submitter', id, 'evidence', { note: '补齐的会议记录', files: [uploaded.body] });
  }

  it('is registered by the inspection office and shows in the batch', async () => {
    const id = await registerItem(t, batchId, { deadline: inDays(20) });
    const view = await item(t, id);
    expect(view.row).toMatchObject({
      number: expect.stringMatching(/^ZG\d{4}-\d{6}$/),
      batchId,
      batchTitle: '2026年第一轮巡察反馈问题',
      status: 'registered',
      org: { id: directory.org('farmA').id, name: '甲林场党支部' },
      light: 'green',
      daysLeft: 20,
    });
    expect(view.transitions.map((tr) => tr.kind)).toEqual(['registered']);
    expect(view.capacities).toEqual(['supervisor']);
    expect(view.allowedActions).toEqual(expect.arrayContaining(['assign', 'edit', 'named_supervision']));
    expect((await item(t, id, 'farmASecretary')).capacities).toEqual(['officer', 'supervisor']);
  });

  it('refuses a responsible organisation outside the inspected one', async () => {
    const outside = await t.as('inspectionWu').post(`/batches/${batchId}/items`, {
      text: { problem: '问题', category: 'other', seriousness: 'general' },
      orgId: directory.org('otherBranch').id,
    });
    expect(outside.status).toBe(400);
    expect(outside.body.details).toEqual([expect.objectContaining({ field: 'orgId' })]);
  });

  it('runs assignment, plan approval on the engine, progress, evidence and acceptance to closing', async () => {
    const id = await inProgress();
    const planned = await item(t, id);
    expect(planned.row).toMatchObject({
      owner: directory.ref('submitter'),
      leader: directory.ref('farmASecretary'),
      measures: '逐月补齐记录',
    });
    expect(planned.transitions.map((tr) => tr.kind)).toEqual([
      'registered',
      'assign',
      'notice',
      'submit_plan',
      'plan_approved',
    ]);
    expect(planned.transitions[4]!.signingLeader).toEqual(directory.ref('farmsSecretary'));
    // The person in charge sees the item they answer for, as its owner.
    expect(planned.capacities).toEqual(['supervisor']);
    expect((await item(t, id, 'submitter')).capacities).toEqual(['owner']);

    const progressed = await step(t, 'submitter', id, 'progress', {
      percent: 60,
      note: '已补齐三个月记录',
    });
    expect(progressed.row.progressPercent).toBe(60);

    const evidenced = await withEvidence(id);
    expect(evidenced.row.evidenceCount).toBe(1);
    const fileId = evidenced.transitions.at(-1)!.files[0]!.id;
    expect(evidenced.transitions.at(-1)!.files).toEqual([
      { id: fileId, name: '整改记录.pdf', sha256: sha256(pdf) },
    ]);
    for (const who of ['submitter', 'inspectionWu', 'farmASecretary', 'farmsSecretary'] as const) {
      const file = await t.as(who).download(`/files/${fileId}`);
      expect(file.status).toBe(200);
      expect(file.bytes.equals(pdf)).toBe(true);
    }
    for (const who of ['farmBSecretary', 'otherSecretary', 'farmAMember'] as const) {
      expect((await t.as(who).download(`/files/${fileId}`)).status).toBe(404);
    }

    const submitted = await step(t, 'submitter', id, 'submit_acceptance', { note: '申请验收' });
    expect(submitted.row.status).toBe('acceptance');
    expect(await decide(t, submitted.record.pending!.requestId)).toBe('approved');
    const closed = await itemWhen(t, id, (v) => v.row.status === 'closed', 'accepted');
    expect(closed.row).toMatchObject({ closedOn: inDays(0), light: 'green', daysLeft: null });
    expect(closed.record.lookBack).toMatchObject({ result: null });
    // Until its look-back is due, a closed item takes only links to other sources' findings.
    expect(closed.allowedActions).toEqual(['link']);
  });

  it('sends an item that fails acceptance into a second round with a new deadline', async () => {
    const id = await inProgress(inDays(60));
    await withEvidence(id);
    const submitted = await step(t, 'submitter', id, 'submit_acceptance', { note: '申请验收' });
    expect(await decide(t, submitted.record.pending!.requestId, 'reject')).toBe('rejected');
    const second = await itemWhen(t, id, (v) => v.row.round === 2, 'acceptance failed');
    expect(second.row.status).toBe('in_progress');
    expect(second.transitions.at(-1)!.kind).toBe('acceptance_failed');
    expect(second.row.deadline! < inDays(60)).toBe(true);
    expect(second.row.deadline! > inDays(0)).toBe(true);
    // The source's share of the first round's working days (巡察: one half), at least five.
    const first = workingDaysBetween(d(second.record.assignedOn!), d(inDays(60)), testCalendar);
    const failedOn = shanghaiDateOf(new Date(second.transitions.at(-1)!.at));
    expect(second.row.deadline).toBe(
      addWorkingDays(failedOn, Math.max(5, Math.floor(first / 2)), testCalendar),
    );
  });

  it('gives the second round the share set for the source, never longer than the first round', async () => {
    const settings = await t.as(ADMIN).get('/sources');
    const patrol = settings.body.items.find(
      (s: { source: string }) => s.source === 'inspection_patrol',
    ).config;
    expect(patrol.secondRoundSharePercent).toBe(50);
    const set = await t.as(ADMIN).put('/sources/supervisory_check', {
      ...defaultSourceConfig('supervisory_check'),
      secondRoundSharePercent: 100,
    });
    expect(set.status).toBe(200);
    const checkBatch = (await openBatch(t, { source: 'supervisory_check', title: '2026年督查检查反馈' })).row
      .id;
    const id = await registerItem(t, checkBatch);
    await step(t, 'inspectionWu', id, 'assign', {
      owner: directory.ref('submitter'),
      leader: directory.ref('farmASecretary'),
      deadline: inDays(21),
    });
    const planned = await step(t, 'submitter', id, 'submit_plan', {
      measures: '补齐记录',
      target: '记录完整',
    });
    expect(await decide(t, planned.record.pending!.requestId)).toBe('approved');
    await itemWhen(t, id, (v) => v.row.status === 'in_progress', 'plan approved');
    await withEvidence(id);
    const submitted = await step(t, 'submitter', id, 'submit_acceptance', { note: '申请验收' });
    expect(await decide(t, submitted.record.pending!.requestId, 'reject')).toBe('rejected');
    const second = await itemWhen(t, id, (v) => v.row.round === 2, 'acceptance failed');
    const first = workingDaysBetween(d(second.record.assignedOn!), d(inDays(21)), testCalendar);
    const failedOn = shanghaiDateOf(new Date(second.transitions.at(-1)!.at));
    // A share of one hundred percent: as long as the first round, never longer.
    expect(second.row.deadline).toBe(addWorkingDays(failedOn, Math.max(1, first), testCalendar));
    expect(workingDaysBetween(failedOn, d(second.row.deadline!), testCalendar)).toBeLessThanOrEqual(first);
  });

  it('grants an extension asked for before the deadline, one at a time', async () => {
    const id = await inProgress(inDays(10));
    const asked = await step(t, 'submitter', id, 'request_extension', {
      newDeadline: inDays(40),
      reason: '需要上级政策支持',
    });
    expect(asked.record.pendingExtension).toMatchObject({ kind: 'extension', newDeadline: inDays(40) });
    const again = await t
      .as('submitter')
      .post(
        `/items/${id}/actions`,
        action('request_extension', { newDeadline: inDays(50), reason: '再次申请' }),
      );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PENDING');
    expect(await decide(t, asked.record.pendingExtension!.requestId)).toBe('approved');
    const extended = await itemWhen(t, id, (v) => v.row.deadline === inDays(40), 'extension approved');
    expect(extended.transitions.at(-1)).toMatchObject({ kind: 'extension_approved', deadline: inDays(40) });
    expect(extended.row.daysLeft).toBe(40);
  });

  it('answers refusals with their codes', async () => {
    const id = await registerItem(t, batchId);
    const post = (who: 'inspectionWu' | 'submitter' | 'farmASecretary', type: string, over = {}) =>
      t.as(who).post(`/items/${id}/actions`, action(type, over));

    // A date before today.
    const late = await post('inspectionWu', 'assign', {
      owner: directory.ref('submitter'),
      leader: directory.ref('farmASecretary'),
      deadline: inDays(-1),
    });
    expect([late.status, late.body.code]).toEqual([422, 'BAD_DATE']);
    // Not in this state.
    const early = await post('farmASecretary', 'progress', { percent: 10, note: '进展' });
    expect([early.status, early.body.code]).toEqual([409, 'WRONG_STATE']);
    // Urged twice within the interval.
    expect((await post('inspectionWu', 'named_supervision', { on: true })).status).toBe(200);
    await step(t, 'inspectionWu', id, 'assign', {
      owner: directory.ref('submitter'),
      leader: directory.ref('farmASecretary'),
      deadline: inDays(30),
    });
    expect((await post('inspectionWu', 'urge', { note: '请抓紧' })).status).toBe(200);
    const tooSoon = await post('inspectionWu', 'urge', { note: '再催' });
    expect([tooSoon.status, tooSoon.body.code]).toEqual([429, 'TOO_SOON']);
    // The person in charge may not assign.
    const owner = await post('submitter', 'assign', {
      owner: directory.ref('submitter'),
      leader: directory.ref('farmASecretary'),
      deadline: inDays(30),
    });
    expect([owner.status, owner.body.code]).toEqual([403, 'NOT_ALLOWED']);
    // A file that is not the actor's own.
    const someoneElses = await t.as('farmASecretary').upload('别人的.pdf', 'application/pdf', pdf);
    const borrowed = await post('submitter', 'submit_plan', {
      measures: '措施',
      target: '目标',
      files: [someoneElses.body],
    });
    expect(borrowed.status).toBe(400);
    expect(borrowed.body.details).toEqual([expect.objectContaining({ field: 'files.0' })]);
    expect((await item(t, id)).row.namedSupervision).toBe(true);
  });

  it('moves responsibility within the inspected organisation only', async () => {
    const id = await registerItem(t, batchId);
    const outside = await t
      .as('inspectionWu')
      .post(
        `/items/${id}/actions`,
        action('transfer', { orgId: directory.org('otherBranch').id, reason: '调整' }),
      );
    expect([outside.status, outside.body.details]).toEqual([
      400,
      [expect.objectContaining({ field: 'orgId' })],
    ]);
    const moved = await step(t, 'inspectionWu', id, 'transfer', {
      orgId: directory.org('farmB').id,
      reason: '机构调整，由乙林场承接',
    });
    expect(moved.row.org).toEqual({ id: directory.org('farmB').id, name: '乙林场党支部' });
    // Now it is the other branch's: 甲林场's secretary no longer sees it, 乙林场's does.
    expect((await t.as('farmASecretary').get(`/items/${id}`)).status).toBe(404);
    expect((await t.as('farmBSecretary').get(`/items/${id}`)).status).toBe(200);
  });

  it('links the same problem found by another source, shown from both sides to those who may see it', async () => {
    const first = await registerItem(t, batchId);
    const second = await registerItem(t, batchId, {
      text: { problem: '审计发现：会议记录不全', category: 'organisational', seriousness: 'general' },
    });
    const elsewhere = await registerItem(t, batchId, { orgId: directory.org('farmB').id });
    const linked = await step(t, 'farmASecretary', first, 'link', {
      itemIds: [second],
      note: '审计同一问题',
    });
    expect(linked.record.links).toEqual([second]);
    expect(linked.links.map((l) => l.id)).toEqual([second]);
    expect((await item(t, second)).links.map((l) => l.id)).toEqual([first]);
    // 甲林场's secretary cannot see 乙林场's item, so cannot link it.
    const hidden = await t
      .as('farmASecretary')
      .post(`/items/${first}/actions`, action('link', { itemIds: [elsewhere] }));
    expect([hidden.status, hidden.body.code]).toEqual([400, 'BAD_LINK']);
    const unlinked = await step(t, 'farmASecretary', first, 'unlink', { itemId: second });
    expect(unlinked.links).toEqual([]);
    expect((await item(t, second)).links).toEqual([]);
  });

  it('needs evidence before acceptance', async () => {
    const id = await inProgress();
    const bare = await t
      .as('submitter')
      .post(`/items/${id}/actions`, action('submit_acceptance', { note: '验收' }));
    expect([bare.status, bare.body.code]).toEqual([409, 'NO_EVIDENCE']);
  });

  it('takes a repeated step (same idempotency key) once', async () => {
    const id = await registerItem(t, batchId);
    const once = action('named_supervision', { on: true, note: '挂牌' });
    const first = await t.as('inspectionWu').post(`/items/${id}/actions`, once);
    const second = await t.as('inspectionWu').post(`/items/${id}/actions`, once);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(
      second.body.transitions.filter((tr: { kind: string }) => tr.kind === 'named_supervision'),
    ).toHaveLength(1);
  });
});

import type { NumberedEvent } from '@bastion/approvals-rules';
import {
  he,
  lin,
  open,
  secretary,
  slot,
  someone,
  stage,
  stateOf,
  submitter,
  task,
} from '@bastion/approvals-rules/testing';
import { renderText } from '@bastion/messages';
import { earliestDue, ledgerFields, notificationText, participantRows, taskRows } from './read-model';

const at = '2026-03-02T01:00:00.000Z';

function event(over: Partial<NumberedEvent>): NumberedEvent {
  return { seq: 1, at, stageIndex: null, actor: null, action: 'stage_opened', automatic: true, ...over };
}

describe('taskRows', () => {
  it('writes every task of every stage, with the delegate only while they hold the task', () => {
    const delegate = someone(50, '被委派人');
    const state = stateOf([stage('支部审核', [secretary]), stage('组织部会签', [lin, he])]);
    open(state, 1, [
      slot(task(lin, { dueAt: '2026-03-05T16:00:00.000Z', delegate: { person: delegate, back: false } })),
      slot(task(he, { delegate: { person: delegate, back: true, recommendation: 'approve' } })),
    ]);
    state.stages[0]!.slots = [
      slot(task(secretary, { status: 'approved', decidedAt: at }), {
        history: [task(someone(7, '前任'), { status: 'transferred' })],
      }),
    ];
    const rows = taskRows(state);
    expect(rows.map((r) => [r.stageIndex, r.assigneeName, r.status, r.delegateName])).toEqual([
      [0, '前任', 'transferred', null],
      [0, '王甲书', 'approved', null],
      [1, '林组织', 'open', '被委派人'],
      [1, '何组织', 'open', null],
    ]);
    expect(rows[2]).toMatchObject({
      id: `${state.input.requestId}:${rows[2]!.taskId}`,
      kind: 'sign',
      stageName: '组织部会签',
      dueAt: new Date('2026-03-05T16:00:00.000Z'),
    });
    expect(earliestDue(state)).toEqual(new Date('2026-03-05T16:00:00.000Z'));
  });

  it('gives the submitter a resubmit task while the request waits for them', () => {
    const state = open(stateOf([stage('支部审核', [secretary])]), 0, []);
    state.status = 'returned';
    state.trail.push({
      stageIndex: 0,
      stageName: '支部审核',
      actor: secretary,
      action: 'return',
      automatic: false,
      opinion: null,
      at,
    });
    expect(taskRows(state)).toEqual([
      expect.objectContaining({
        id: `${state.input.requestId}:resubmit`,
        taskId: 'resubmit',
        kind: 'resubmit',
        assigneePersonId: submitter.personId,
        status: 'open',
        openedAt: new Date(at),
      }),
    ]);
    expect(earliestDue(state)).toBeNull();
  });
});

describe('participantRows', () => {
  it('lists everyone with a part, their latest own action and whether they were copied in', () => {
    const copied = someone(70, '抄送人');
    const state = open(stateOf([stage('支部审核', [secretary])]), 0, [slot(task(secretary))]);
    state.cc.push(copied);
    state.participants.push(copied.personId);
    const rows = participantRows(
      state,
      [
        event({ seq: 1, action: 'submitted', actor: submitter, automatic: false }),
        event({ seq: 2, action: 'comment', actor: secretary, automatic: false }),
        event({
          seq: 3,
          action: 'approve',
          actor: secretary,
          automatic: false,
          at: '2026-03-02T01:00:05.000Z',
        }),
        event({ seq: 4, action: 'auto_pass', actor: submitter, automatic: true }),
      ],
      at,
    );
    expect(rows).toEqual([
      { personId: submitter.personId, name: '赵一', lastAction: null, lastActionAt: null, ccAt: null },
      {
        personId: secretary.personId,
        name: '王甲书',
        lastAction: 'approve',
        lastActionAt: '2026-03-02T01:00:05.000Z',
        ccAt: null,
      },
      { personId: copied.personId, name: '抄送人', lastAction: null, lastActionAt: null, ccAt: at },
    ]);
  });
});

describe('ledgerFields', () => {
  it('names the stage and keeps only what jsonb keeps', () => {
    const state = stateOf([stage('支部审核', [secretary])]);
    const fields = ledgerFields(
      state,
      event({
        seq: 3,
        stageIndex: 0,
        actor: secretary,
        action: 'approve',
        automatic: false,
        opinion: '同意',
        attachments: [{ id: 'a', name: '附件.pdf', sha256: 'f'.repeat(64) }],
        detail: { target: undefined, to: lin },
      }),
    );
    expect(fields).toMatchObject({
      requestId: state.input.requestId,
      seq: 3,
      stageName: '支部审核',
      actorPersonId: secretary.personId,
      onBehalfOfPersonId: null,
      opinion: '同意',
      signatureSha256: null,
      detail: { to: lin },
    });
    expect(Object.keys(fields.detail!)).toEqual(['to']);
  });
});

describe('notificationText', () => {
  const request = { title: '关于购置护林防火设备的请示', number: 'SP2026-000007' };

  it.each([
    [{ kind: 'task', text: 'task' }, '新的待办', '等待您审批'],
    [{ kind: 'task', text: 'delegated' }, '委派待办', '委派给您'],
    [{ kind: 'reminder', text: 'overdue' }, '审批已超期', '已超过办理期限'],
    [{ kind: 'escalation', text: 'escalated' }, '上级督办', '转由上级'],
    [{ kind: 'outcome', text: 'rejected' }, '审批结果', '未获通过'],
    [{ kind: 'urge', text: '请本周内办结' }, '催办', '请本周内办结'],
    [{ kind: 'returned', text: 'returned' }, '请示被退回', '重新提交'],
  ] as const)('words %j', (notice, title, fragment) => {
    const text = notificationText({ ...notice, people: [] }, request);
    expect(text.title).toBe(title);
    expect(text.text).toContain('「关于购置护林防火设备的请示」（SP2026-000007）');
    expect(text.text).toContain(fragment);
  });

  it('keeps the wording by key, so a reader of English reads it in English with the title quoted', () => {
    const { texts } = notificationText({ kind: 'urge', text: '请本周内办结', people: [] }, request);
    expect(texts.text).toEqual({
      key: 'approvals.notification.urge.note',
      params: { title: '关于购置护林防火设备的请示', number: 'SP2026-000007', note: '请本周内办结' },
    });
    expect(renderText(texts.title, 'en-US')).toBe('Reminder from the submitter');
    const { texts: outcome } = notificationText({ kind: 'outcome', text: 'expired', people: [] }, request);
    expect(renderText(outcome.text, 'en-US')).toBe('"关于购置护林防火设备的请示" (SP2026-000007) ended: nobody acted in time.');
  });
});

import type { LedgerRowEntity } from '../persistence/entities/ledger-row.entity';
import type { RequestEntity } from '../persistence/entities/request.entity';
import type { ApprovalState } from '@bastion/approvals-rules';
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
  taskDecisions,
} from '@bastion/approvals-rules/testing';
import { availableActions, ledgerEntry, requestDetail, stageViews, type Viewer } from './request-view';

const now = new Date('2026-03-04T02:00:00.000Z');
const viewer = (person: { personId: string; name: string } | null, supervisor = false): Viewer => ({
  userId: 'user',
  personId: person?.personId ?? null,
  name: person?.name ?? '管理员',
  supervisor,
});
const deadlines = () => ({ dueAt: '2026-03-10T16:00:00.000Z' });
const outsider = someone(99, '外人');

function twoStages() {
  return stateOf([
    stage('支部审核', [secretary], { mode: { kind: 'any' } }),
    stage('组织部会签', [lin, he], { requires: { opinion: true, attachments: false, signature: false } }),
  ]);
}

describe('availableActions', () => {
  it('offers an assignee the decisions on their open task', () => {
    const state = open(twoStages(), 0, [slot(task(secretary))]);
    expect(availableActions(state, viewer(secretary), now)).toEqual([...taskDecisions, 'cc', 'comment']);
  });

  it('offers a decision the stage wants an opinion for: the panel asks for it', () => {
    const state = open(twoStages(), 1, [slot(task(lin)), slot(task(he))]);
    expect(availableActions(state, viewer(lin), now)).toContain('approve');
  });

  it('offers the submitter withdrawal until someone acts, and urging', () => {
    const state = open(twoStages(), 0, [slot(task(secretary))]);
    expect(availableActions(state, viewer(submitter), now)).toEqual(['cc', 'withdraw', 'urge', 'comment']);
    state.humanActed = true;
    expect(availableActions(state, viewer(submitter), now)).not.toContain('withdraw');
    state.lastUrgeAt = new Date(now.getTime() - 60_000).toISOString();
    expect(availableActions(state, viewer(submitter), now)).not.toContain('urge');
  });

  it('offers a supervisor urging and comments, and someone without a part nothing', () => {
    const state = open(twoStages(), 0, [slot(task(secretary))]);
    expect(availableActions(state, viewer(outsider, true), now)).toEqual(['urge', 'comment']);
    expect(availableActions(state, viewer(outsider), now)).toEqual([]);
    expect(availableActions(state, viewer(null), now)).toEqual([]);
  });

  it('offers a delegate the decision (which goes back to the delegator) but not the task itself', () => {
    const delegate = someone(50, '被委派人');
    const state = open(twoStages(), 0, [
      slot(task(secretary, { delegate: { person: delegate, back: false } })),
    ]);
    state.participants.push(delegate.personId);
    expect(availableActions(state, viewer(delegate), now)).toEqual(['approve', 'reject', 'cc', 'comment']);
    expect(availableActions(state, viewer(secretary), now)).not.toContain('approve');
  });

  it('offers removing an added signer to whoever added them, while the signer has not acted', () => {
    const added = task(outsider, { status: 'waiting' });
    const holder = task(secretary);
    const state = open(twoStages(), 0, [
      slot(holder, {
        group: { id: 'g1', addedBy: secretary, position: 'before', mode: 'all', members: [added] },
      }),
    ]);
    expect(availableActions(state, viewer(secretary), now)).toContain('remove_signer');
    added.status = 'approved';
    expect(availableActions(state, viewer(secretary), now)).not.toContain('remove_signer');
  });

  it('leaves only comments once the request has ended', () => {
    const state = open(twoStages(), 1, [slot(task(lin, { status: 'approved' }))]);
    state.status = 'approved';
    expect(availableActions(state, viewer(lin), now)).toEqual(['comment']);
  });
});

describe('stageViews', () => {
  it('marks a time limit counted through a year the request’s calendar has no data for as provisional', () => {
    const state = open(stateOf([stage('党委审定', [he], { timeLimit: { amount: 10, unit: 'working_days' } })]), 0, [
      slot(task(he, { openedAt: '2027-12-24T02:00:00.000Z', dueAt: '2028-01-07T16:00:00.000Z' })),
    ]);
    state.calendar = [2024, 2025, 2026, 2027].map((year) => ({ year, source: 'test', holidays: [], makeUpWorkdays: [] }));
    expect(stageViews(state, now, deadlines)[0]!.tasks[0]!.provisional).toBe(true);
    state.calendar.push({ year: 2028, source: 'test', holidays: [], makeUpWorkdays: [] });
    expect(stageViews(state, now, deadlines)[0]!.tasks[0]!.provisional).toBeUndefined();
  });

  it('lists earlier holders, holders and added signers, with lights, and forecasts the stages to come', () => {
    const earlier = task(someone(60, '原办理人'), { status: 'transferred' });
    const holder = task(lin, {
      openedAt: '2026-03-02T01:00:00.000Z',
      dueAt: '2026-03-03T16:00:00.000Z',
      remindAt: '2026-03-02T16:00:00.000Z',
    });
    const added = task(outsider, { status: 'waiting' });
    const state = open(
      stateOf([
        stage('组织部会签', [lin]),
        stage('党委审定', [he], { timeLimit: { amount: 2, unit: 'working_days' } }),
      ]),
      0,
      [
        slot(holder, {
          history: [earlier],
          group: { id: 'g1', addedBy: lin, position: 'after', mode: 'all', members: [added] },
        }),
      ],
    );
    const [first, second] = stageViews(state, now, deadlines);
    expect(first!.tasks.map((t) => [t.assignee.name, t.status, t.light, t.addedTo?.taskId ?? null])).toEqual([
      ['原办理人', 'transferred', 'none', null],
      ['林组织', 'open', 'red', null],
      ['外人', 'waiting', 'none', holder.id],
    ]);
    expect(first!.forecast).toBeNull();
    expect(second).toMatchObject({
      status: 'pending',
      round: 0,
      tasks: [],
      forecast: { assignees: [he], dueAt: '2026-03-10T16:00:00.000Z' },
    });
  });
});

describe('ledgerEntry', () => {
  it('maps a stored row, with nobody for system rows', () => {
    const carried = {
      seq: 4,
      stageIndex: 1,
      stageName: '组织部会签',
      action: 'escalated',
      automatic: true,
      opinion: null,
      attachments: [],
      signatureSha256: null,
      detail: { to: [he] },
    };
    const row = {
      ...carried,
      requestId: 'r',
      at: new Date('2026-03-02T01:00:00.000Z'),
      actorPersonId: null,
      actorName: null,
      onBehalfOfPersonId: lin.personId,
      onBehalfOfName: lin.name,
      prevHash: 'a',
      hash: 'b',
    } as LedgerRowEntity;
    expect(ledgerEntry(row)).toEqual({ ...carried, at: '2026-03-02T01:00:00.000Z', actor: null, onBehalfOf: lin });
  });
});

describe('requestDetail', () => {
  /** The stored row of the request whose engine state is `state`, as the read model writes it. */
  function storedRequest(state: ApprovalState, row: Partial<RequestEntity>): RequestEntity {
    return {
      id: state.input.requestId,
      title: state.input.subject.title,
      procedure: 'general',
      businessKey: state.input.subject.businessKey,
      orgId: state.input.subject.org.id,
      orgName: state.input.subject.org.name,
      submitterPersonId: submitter.personId,
      submitterName: submitter.name,
      createdAt: new Date('2026-03-02T01:00:00.000Z'),
      decidedAt: null,
      templateId: null,
      templateVersion: null,
      templateName: null,
      ...row,
      state,
    } as unknown as RequestEntity;
  }

  it('names the current stage and its requirements while the request runs, and neither once it has ended', () => {
    const state = open(twoStages(), 1, [slot(task(lin)), slot(task(he))]);
    const request = storedRequest(state, { number: 'SP2026-000001', status: 'running' });
    const sources = {
      request,
      ledger: [],
      body: '正文',
      attachments: [],
      viewer: viewer(lin),
      now,
      deadlines,
    };
    expect(requestDetail(sources)).toMatchObject({
      currentStage: 1,
      requires: { opinion: true },
      template: null,
      body: '正文',
      cc: [],
    });
    state.status = 'approved';
    expect(requestDetail(sources)).toMatchObject({ currentStage: null, requires: null });
  });

  it('shows a terminated request as nobody’s to act on: its open tasks closed by the termination, who, when and why', () => {
    const state = open(twoStages(), 1, [slot(task(lin)), slot(task(he))]);
    const request = storedRequest(state, {
      number: 'SP2026-000002',
      status: 'terminated',
      decidedAt: now,
      terminatedAt: now,
      terminatedByUserId: 'admin-user',
      terminatedByName: '管理员',
      terminationReason: '流程卡住，无法继续',
    });
    const detail = requestDetail({
      request,
      ledger: [],
      body: null,
      attachments: [],
      viewer: viewer(lin),
      now,
      deadlines,
    });
    expect(detail).toMatchObject({
      status: 'terminated',
      currentStage: null,
      requires: null,
      myActions: [],
      termination: {
        at: now.toISOString(),
        by: { userId: 'admin-user', name: '管理员' },
        reason: '流程卡住，无法继续',
      },
    });
    expect(detail.stages[1]!.tasks.map((t) => [t.status, t.closeReason])).toEqual([
      ['closed', 'terminated'],
      ['closed', 'terminated'],
    ]);
    expect(detail.stages.every((s) => s.forecast === null)).toBe(true);
  });
});

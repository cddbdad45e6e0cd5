import type { Decision } from '@bastion/approvals-contracts';
import type { ItemActionRequest, ItemRecord } from '@bastion/rectification-contracts';
import {
  act,
  assigned,
  assignment,
  context,
  inProgress,
  itemInput,
  nextKey,
  noon,
  people,
  registered,
} from '../../testing/fixtures';
import { applyAction } from './apply-action';
import { applyClock } from './clock';
import { initialItemRecord } from './initial-record';
import { actionRefusal, allowedActions } from './refusals';
import { applySignOff, signingLeader } from './sign-off-outcome';

const file = { id: '00000000-0000-4000-b000-000000000001', name: '会议记录.pdf', sha256: 'a'.repeat(64) };
const approvedBy = (name: string): Decision[] => [
  {
    stageIndex: 0,
    stageName: '上级党委验收',
    actor: { personId: '00000000-0000-4000-b000-000000000099', name },
    action: 'approve',
    automatic: false,
    opinion: '同意',
    at: noon('2026-03-18'),
  },
];

const asOwner = (request: ItemActionRequest) => act(request, people.owner, ['owner']);
const asSupervisor = (request: ItemActionRequest) => act(request, people.inspector, ['supervisor']);
const refusalOf = (item: ItemRecord, action: ReturnType<typeof act>, today: string) =>
  actionRefusal(item, action, today, noon(today));
const apply = (item: ItemRecord, action: ReturnType<typeof act>, today: string) =>
  applyAction(item, action, context(today));

describe('registration (立项)', () => {
  it('records who registered the item and when', () => {
    const item = registered('2026-03-02');
    expect(item.status).toBe('registered');
    expect(item.transitions).toEqual([
      expect.objectContaining({
        seq: 1,
        kind: 'registered',
        to: 'registered',
        actor: people.inspector,
        automatic: false,
      }),
    ]);
  });

  it('starts an item fixed on the spot (立行立改) closed, still listed, its look-back ahead', () => {
    const item = initialItemRecord(
      itemInput({ fixedOnSpot: { note: '当场补齐会议记录', files: [file] } }),
      noon('2026-03-02'),
    );
    expect(item).toMatchObject({
      status: 'closed',
      fixedOnSpot: true,
      closedOn: '2026-03-02',
      evidenceCount: 1,
    });
    expect(item.lookBack).toEqual({ due: '2026-09-02', result: null, on: null });
    expect(item.transitions.map((t) => t.kind)).toEqual(['registered', 'fixed_on_spot']);
  });
});

describe('assignment (交办)', () => {
  it('names the person in charge and the supervising leader (一岗双责) and sends the notice', () => {
    const item = assigned('2026-03-02', '2026-03-20');
    expect(item).toMatchObject({
      status: 'assigned',
      owner: people.owner,
      leader: people.leader,
      deadline: '2026-03-20',
      originalDeadline: '2026-03-20',
      amberFrom: '2026-03-13',
      assignedOn: '2026-03-02',
    });
    expect(item.transitions.map((t) => [t.kind, t.automatic])).toEqual([
      ['registered', false],
      ['assign', false],
      ['notice', true],
    ]);
  });

  it.each([
    ['refuses a deadline before today', asSupervisor, '2026-03-01', 'BAD_DATE'],
    ['is not for the person in charge', asOwner, '2026-04-01', 'NOT_ALLOWED'],
  ])('%s', (_rule, by, deadline, code) => {
    expect(refusalOf(registered('2026-03-02'), by(assignment(deadline)), '2026-03-02')?.code).toBe(code);
  });
});

describe('the plan (整改方案)', () => {
  const plan = asOwner({
    type: 'submit_plan',
    idempotencyKey: nextKey(),
    measures: '建立会议记录月检制度',
    target: '记录完整规范',
    note: '',
    files: [],
  });

  it('goes for approval and waits on it', () => {
    const { item, signOff } = apply(assigned('2026-03-02', '2026-03-20'), plan, '2026-03-03');
    expect(signOff).toBe('plan');
    expect(item.status).toBe('plan_approval');
    expect(item.pending).toMatchObject({ kind: 'plan' });
    expect(item.text.measures).toBe('建立会议记录月检制度');
  });

  it('cannot be submitted before the item is assigned', () => {
    expect(refusalOf(registered('2026-03-02'), plan, '2026-03-02')?.code).toBe('WRONG_STATE');
  });

  it('approved, starts the work, recording the signing leader', () => {
    const { item } = apply(assigned('2026-03-02', '2026-03-20'), plan, '2026-03-03');
    const next = applySignOff(
      item,
      { kind: 'plan', requestId: 'r', outcome: 'approved', trail: approvedBy('周书记') },
      context('2026-03-04'),
    );
    expect(next.status).toBe('in_progress');
    expect(next.pending).toBeNull();
    expect(next.transitions.at(-1)).toMatchObject({
      kind: 'plan_approved',
      automatic: true,
      signingLeader: { name: '周书记' },
    });
  });

  it('refused, goes back to be revised', () => {
    const { item } = apply(assigned('2026-03-02', '2026-03-20'), plan, '2026-03-03');
    const next = applySignOff(
      item,
      { kind: 'plan', requestId: 'r', outcome: 'rejected', trail: [] },
      context('2026-03-04'),
    );
    expect(next.status).toBe('assigned');
  });
});

describe('work and evidence (整改中)', () => {
  it('records progress with its files as evidence', () => {
    const { item } = apply(
      inProgress('2026-03-02', '2026-03-20'),
      asOwner({
        type: 'progress',
        idempotencyKey: nextKey(),
        percent: 60,
        note: '已完成制度起草',
        files: [file],
      }),
      '2026-03-10',
    );
    expect(item).toMatchObject({ progressPercent: 60, evidenceCount: 1 });
  });

  it('needs evidence before acceptance', () => {
    const submit = asOwner({
      type: 'submit_acceptance',
      idempotencyKey: nextKey(),
      note: '整改完成',
      files: [],
    });
    expect(refusalOf(inProgress('2026-03-02', '2026-03-20'), submit, '2026-03-10')?.code).toBe('NO_EVIDENCE');
  });
});

describe('acceptance (验收)', () => {
  const submitted = () =>
    apply(
      { ...inProgress('2026-03-02', '2026-03-20'), evidenceCount: 2 },
      asOwner({ type: 'submit_acceptance', idempotencyKey: nextKey(), note: '整改完成', files: [] }),
      '2026-03-16',
    );

  it('goes to the acceptors and stops the ladder', () => {
    const { item, signOff } = submitted();
    expect(signOff).toBe('acceptance');
    expect(item.status).toBe('acceptance');
  });

  it('passed, closes the item (销号) with its look-back due in six months', () => {
    const next = applySignOff(
      submitted().item,
      { kind: 'acceptance', requestId: 'r', outcome: 'approved', trail: approvedBy('周书记') },
      context('2026-03-18'),
    );
    expect(next).toMatchObject({ status: 'closed', closedOn: '2026-03-18', progressPercent: 100 });
    expect(next.lookBack).toEqual({ due: '2026-09-18', result: null, on: null });
  });

  it('failed, returns the item for a second round (二次整改) of half the first round\'s working days', () => {
    // First round: assigned 2026-03-02, due 2026-03-20 — 14 working days; the second gets 7.
    const next = applySignOff(
      submitted().item,
      { kind: 'acceptance', requestId: 'r', outcome: 'rejected', trail: [] },
      { ...context('2026-03-18'), secondRoundByShare: true },
    );
    expect(next).toMatchObject({
      status: 'in_progress',
      round: 2,
      deadline: '2026-03-27',
      originalDeadline: '2026-03-20',
      amberFrom: '2026-03-20',
    });
    expect(next.transitions.at(-1)).toMatchObject({ kind: 'acceptance_failed', deadline: '2026-03-27' });
  });

  it('failed a second time, the third round is again measured on the first, not the second', () => {
    const second = applySignOff(
      submitted().item,
      { kind: 'acceptance', requestId: 'r', outcome: 'rejected', trail: [] },
      { ...context('2026-03-18'), secondRoundByShare: true },
    );
    const third = applySignOff(
      { ...second, status: 'acceptance' },
      { kind: 'acceptance', requestId: 'r2', outcome: 'rejected', trail: [] },
      { ...context('2026-03-26'), secondRoundByShare: true },
    );
    expect(third).toMatchObject({ round: 3, deadline: '2026-04-07' });
  });

  it('failed in a history recorded before the share rule, keeps the fixed twenty working days', () => {
    const next = applySignOff(
      submitted().item,
      { kind: 'acceptance', requestId: 'r', outcome: 'rejected', trail: [] },
      context('2026-03-18'),
    );
    expect(next).toMatchObject({
      status: 'in_progress',
      round: 2,
      deadline: '2026-04-16',
      originalDeadline: '2026-03-20',
    });
    expect(next.transitions.at(-1)).toMatchObject({ kind: 'acceptance_failed', deadline: '2026-04-16' });
  });
});

describe('extension (申请延期)', () => {
  const ask = (newDeadline: string) =>
    asOwner({
      type: 'request_extension',
      idempotencyKey: nextKey(),
      newDeadline,
      reason: '涉及上级政策调整',
    });

  it('may be asked before the deadline, and on the deadline itself', () => {
    expect(refusalOf(inProgress('2026-03-02', '2026-03-20'), ask('2026-04-30'), '2026-03-20')).toBeNull();
  });

  it('is refused after the deadline', () => {
    expect(refusalOf(inProgress('2026-03-02', '2026-03-20'), ask('2026-04-30'), '2026-03-21')?.code).toBe(
      'EXTENSION_TOO_LATE',
    );
  });

  it('must ask for a later date', () => {
    expect(refusalOf(inProgress('2026-03-02', '2026-03-20'), ask('2026-03-20'), '2026-03-10')?.code).toBe(
      'BAD_DATE',
    );
  });

  it('is asked once at a time', () => {
    const { item } = apply(inProgress('2026-03-02', '2026-03-20'), ask('2026-04-30'), '2026-03-10');
    expect(refusalOf(item, ask('2026-05-30'), '2026-03-11')?.code).toBe('PENDING');
  });

  it('approved, moves the deadline and its reminder window', () => {
    const { item } = apply(inProgress('2026-03-02', '2026-03-20'), ask('2026-04-30'), '2026-03-10');
    const next = applySignOff(
      item,
      { kind: 'extension', requestId: 'r', outcome: 'approved', trail: approvedBy('周书记') },
      context('2026-03-12'),
    );
    expect(next).toMatchObject({
      deadline: '2026-04-30',
      amberFrom: '2026-04-23',
      pendingExtension: null,
      status: 'in_progress',
    });
  });

  it('rejected, leaves the old deadline standing', () => {
    const { item } = apply(inProgress('2026-03-02', '2026-03-20'), ask('2026-04-30'), '2026-03-10');
    const next = applySignOff(
      item,
      { kind: 'extension', requestId: 'r', outcome: 'rejected', trail: [] },
      context('2026-03-12'),
    );
    expect(next).toMatchObject({ deadline: '2026-03-20', pendingExtension: null });
  });
});

describe('long-term rectification (转长期整改)', () => {
  const longTerm = asOwner({
    type: 'long_term',
    idempotencyKey: nextKey(),
    milestones: [
      { title: '完成制度修订', due: '2026-06-30' },
      { title: '完成全员培训', due: '2026-12-31' },
    ],
    reportEveryMonths: 3,
    reason: '需上级政策配套',
  });

  it('sets milestones, takes the last as the deadline, and schedules progress reports', () => {
    const { item } = apply(inProgress('2026-03-02', '2026-03-20'), longTerm, '2026-03-10');
    expect(item.deadline).toBe('2026-12-31');
    expect(item.longTerm).toMatchObject({ reportEveryMonths: 3, nextReportDue: '2026-06-10' });
  });

  it('reminds when a periodic report is overdue', () => {
    const { item } = apply(inProgress('2026-03-02', '2026-03-20'), longTerm, '2026-03-10');
    const later = applyClock({ ...item, progressPercent: 80 }, context('2026-06-11'));
    expect(later.transitions.at(-1)).toMatchObject({ kind: 'report_due', automatic: true });
    expect(later.longTerm?.nextReportDue).toBe('2026-09-10');
  });

  it('goes to acceptance only when every milestone is done', () => {
    const { item } = apply(inProgress('2026-03-02', '2026-03-20'), longTerm, '2026-03-10');
    const submit = asOwner({ type: 'submit_acceptance', idempotencyKey: nextKey(), note: '完成', files: [] });
    expect(refusalOf({ ...item, evidenceCount: 1 }, submit, '2026-07-01')?.code).toBe('WRONG_STATE');
    const one = apply(
      item,
      asOwner({ type: 'milestone_done', idempotencyKey: nextKey(), index: 0, note: '', files: [file] }),
      '2026-06-20',
    ).item;
    const both = apply(
      one,
      asOwner({ type: 'milestone_done', idempotencyKey: nextKey(), index: 1, note: '', files: [] }),
      '2026-12-01',
    ).item;
    expect(both.progressPercent).toBe(100);
    expect(refusalOf(both, submit, '2026-12-02')).toBeNull();
  });
});

describe('hand-over, transfer and named supervision', () => {
  it('hands an item to another body (移交), which ends the loop here', () => {
    const { item } = apply(
      inProgress('2026-03-02', '2026-03-20'),
      asSupervisor({ type: 'hand_over', idempotencyKey: nextKey(), to: '集团纪委', reason: '涉嫌违纪' }),
      '2026-03-05',
    );
    expect(item).toMatchObject({ status: 'handed_over', handedOverTo: '集团纪委' });
  });

  it('moves responsibility to a successor, recorded', () => {
    const { item } = apply(
      inProgress('2026-03-02', '2026-03-20'),
      act(
        {
          type: 'transfer',
          idempotencyKey: nextKey(),
          owner: people.newBranchSecretary,
          reason: '原责任人调离',
        },
        people.officer,
        ['officer'],
      ),
      '2026-03-05',
    );
    expect(item.owner).toEqual(people.newBranchSecretary);
    expect(item.transitions.at(-1)).toMatchObject({ kind: 'transfer', note: '原责任人调离' });
  });

  it('flags named supervision (挂牌督办) and refuses flagging twice', () => {
    const flag = asSupervisor({ type: 'named_supervision', idempotencyKey: nextKey(), on: true, note: '' });
    const { item } = apply(inProgress('2026-03-02', '2026-03-20'), flag, '2026-03-05');
    expect(item.namedSupervision).toBe(true);
    expect(refusalOf(item, flag, '2026-03-05')?.code).toBe('WRONG_STATE');
  });
});

describe('links between sources (关联)', () => {
  const other = '00000000-0000-4000-b000-0000000000f1';
  const link = (itemIds: string[]) =>
    act({ type: 'link', idempotencyKey: nextKey(), itemIds, note: '审计发现同一问题' }, people.officer, [
      'officer',
    ]);

  it('links an item to the same problem found by another source, recorded', () => {
    const { item } = apply(inProgress('2026-03-02', '2026-03-20'), link([other]), '2026-03-05');
    expect(item.links).toEqual([other]);
    expect(item.transitions.at(-1)).toMatchObject({ kind: 'link', note: '审计发现同一问题' });
  });

  it('refuses a link to the item itself and a link already made', () => {
    const item = inProgress('2026-03-02', '2026-03-20');
    expect(refusalOf(item, link([item.itemId]), '2026-03-05')?.code).toBe('BAD_LINK');
    const linked = apply(item, link([other]), '2026-03-05').item;
    expect(refusalOf(linked, link([other]), '2026-03-05')?.code).toBe('WRONG_STATE');
  });

  it('keeps links on a closed item, and unlinks only what is linked', () => {
    const closed: ItemRecord = {
      ...inProgress('2026-03-02', '2026-03-20'),
      status: 'closed',
      links: [other],
    };
    expect(allowedActions(closed, ['officer'], '2026-03-05', noon('2026-03-05'))).toEqual(['link', 'unlink']);
    const unlink = (itemId: string) =>
      act({ type: 'unlink', idempotencyKey: nextKey(), itemId, note: '' }, people.officer, ['officer']);
    expect(apply(closed, unlink(other), '2026-03-05').item.links).toEqual([]);
    expect(refusalOf(closed, unlink('00000000-0000-4000-b000-0000000000f2'), '2026-03-05')?.code).toBe(
      'WRONG_STATE',
    );
  });
});

describe('urging (催办)', () => {
  const urge = () => asSupervisor({ type: 'urge', idempotencyKey: nextKey(), note: '请加快进度' });

  it('is recorded and rate-limited', () => {
    const { item } = apply(inProgress('2026-03-02', '2026-03-20'), urge(), '2026-03-10');
    expect(item).toMatchObject({ urgeCount: 1 });
    const soon = new Date(Date.parse(noon('2026-03-10')) + 30 * 60_000).toISOString();
    expect(actionRefusal(item, urge(), '2026-03-10', soon)?.code).toBe('TOO_SOON');
    const later = new Date(Date.parse(noon('2026-03-10')) + 61 * 60_000).toISOString();
    expect(actionRefusal(item, urge(), '2026-03-10', later)).toBeNull();
  });

  it('is for supervisors', () => {
    expect(
      refusalOf(
        inProgress('2026-03-02', '2026-03-20'),
        asOwner({ type: 'urge', idempotencyKey: nextKey(), note: '' }),
        '2026-03-10',
      )?.code,
    ).toBe('NOT_ALLOWED');
  });
});

describe('the look-back (回头看)', () => {
  const closed = (): ItemRecord => ({
    ...inProgress('2026-03-02', '2026-03-20'),
    status: 'closed',
    closedOn: '2026-03-18',
    lookBack: { due: '2026-09-18', result: null, on: null },
  });
  const look = (holds: boolean) =>
    asSupervisor({
      type: 'look_back',
      idempotencyKey: nextKey(),
      holds,
      note: holds ? '整改成果巩固' : '问题反弹',
      files: [],
    });

  it('is not taken before its date', () => {
    expect(refusalOf(closed(), look(true), '2026-09-17')?.code).toBe('BAD_DATE');
  });

  it('that holds keeps the item closed', () => {
    const { item } = apply(closed(), look(true), '2026-09-18');
    expect(item).toMatchObject({ status: 'closed', lookBack: { result: 'holds', on: '2026-09-18' } });
  });

  it('that finds a relapse reopens the item for another round, visibly', () => {
    const { item } = apply(closed(), look(false), '2026-09-18');
    expect(item).toMatchObject({
      status: 'in_progress',
      reopened: true,
      round: 2,
      closedOn: null,
      deadline: '2026-10-22',
    });
    expect(item.transitions.slice(-2).map((t) => t.kind)).toEqual(['look_back', 'reopened']);
  });
});

describe('the ladder on the item', () => {
  it('runs to accountability when nothing is done', () => {
    let item = assigned('2026-03-02', '2026-03-20');
    for (const day of ['2026-03-11', '2026-03-13', '2026-03-21', '2026-04-04'])
      item = applyClock(item, context(day));
    expect(item.transitions.filter((t) => t.automatic).map((t) => t.kind)).toEqual([
      'notice',
      'guidance',
      'reminder',
      'warning',
      'accountability',
    ]);
    expect(item.finalDeadline).toBe('2026-04-03');
  });

  it('does nothing on a day with nothing due', () => {
    const item = assigned('2026-03-02', '2026-03-20');
    expect(applyClock(item, context('2026-03-05'))).toBe(item);
  });
});

describe('what the console offers', () => {
  it('offers the person in charge the work, and the supervisor the pressure', () => {
    const item = inProgress('2026-03-02', '2026-03-20');
    expect(allowedActions(item, ['owner'], '2026-03-10', noon('2026-03-10'))).toEqual([
      'progress',
      'evidence',
      'request_extension',
      'long_term',
    ]);
    expect(allowedActions(item, ['supervisor'], '2026-03-10', noon('2026-03-10'))).toEqual([
      'hand_over',
      'transfer',
      'urge',
      'named_supervision',
      'link',
    ]);
  });

  it('offers nothing but the look-back and links on a closed item', () => {
    const item: ItemRecord = {
      ...inProgress('2026-03-02', '2026-03-20'),
      status: 'closed',
      lookBack: { due: '2026-09-18', result: null, on: null },
    };
    expect(
      allowedActions(item, ['officer', 'owner', 'supervisor'], '2026-09-20', noon('2026-09-20')),
    ).toEqual(['look_back', 'link']);
  });
});

describe('the signing leader', () => {
  it('is the last person to decide', () => {
    expect(signingLeader(approvedBy('周书记'))?.name).toBe('周书记');
    expect(signingLeader([])).toBeNull();
  });
});

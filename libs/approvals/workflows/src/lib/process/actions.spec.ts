import type { PersonRef } from '@bastion/approvals-contracts';
import { act, person, stage, submitter } from '../../testing/approval-fixtures';
import { startRequest } from '../../testing/process-harness';
import { returnTargets, tasksOf } from '@bastion/approvals-rules';

const [a, b, c, d, e] = ['甲', '乙', '丙', '丁', '戊'].map(person) as PersonRef[] as [
  PersonRef,
  PersonRef,
  PersonRef,
  PersonRef,
  PersonRef,
];

describe('退回 return', () => {
  it('offers only stages this request actually passed, and the submitter', async () => {
    const r = await startRequest(
      [stage('一', [a]), stage('二', [submitter]), stage('三', [c]), stage('四', [d])],
      {
        submitterAsAssignee: 'skip',
      },
    );
    await r.process.act(act(a, { type: 'approve' }));
    // Stage 二 was skipped (the submitter is its only assignee): it is no return target.
    await r.process.act(act(c, { type: 'approve' }));
    expect(returnTargets(r.state)).toEqual([
      { kind: 'stage', stageIndex: 0, name: '一' },
      { kind: 'stage', stageIndex: 2, name: '三' },
      { kind: 'submitter' },
    ]);
    expect(await r.tryAct(act(d, { type: 'return', target: { kind: 'stage', stageIndex: 1 } }))).toBe(
      'INVALID',
    );
    expect(await r.tryAct(act(d, { type: 'return', target: { kind: 'stage', stageIndex: 3 } }))).toBe(
      'INVALID',
    );
  });

  it('from inside a 会签 stage closes the other tasks as closed by return and reopens the target', async () => {
    const r = await startRequest([stage('初审', [a]), stage('会签', [b, c, d])]);
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(b, { type: 'approve' }));
    await r.process.act(
      act(c, { type: 'return', target: { kind: 'stage', stageIndex: 0 }, opinion: '请初审补充意见' }),
    );
    expect(r.state.current).toBe(0);
    expect(r.openTo()).toEqual(['甲']);
    const returnedRow = r.ports.ledger.find((e) => e.action === 'return')!;
    expect(returnedRow).toEqual(
      expect.objectContaining({ actor: c, opinion: '请初审补充意见', stageIndex: 1 }),
    );
    // The stage runs again from scratch when it comes round.
    await r.process.act(act(a, { type: 'approve' }));
    expect(r.openTo().sort()).toEqual(['丁', '丙', '乙'].sort());
  });

  it('to the submitter waits for a resubmission; after a reset, earlier stages are targets again only once passed again', async () => {
    const r = await startRequest([stage('一', [a]), stage('二', [b])], { resubmitFrom: 'start' });
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(b, { type: 'return', target: { kind: 'submitter' } }));
    expect(r.state.status).toBe('returned');
    expect(await r.tryAct(act(b, { type: 'approve' }))).toBe('NOT_YOUR_TURN');
    await r.process.act(act(submitter, { type: 'resubmit', opinion: '已补充' }));
    expect(r.openTo()).toEqual(['甲']);
    expect(returnTargets(r.state)).toEqual([{ kind: 'submitter' }]);
  });
});

describe('转办 transfer and 委派 delegate', () => {
  it('a transfer gives the task to someone else and the transferor is done', async () => {
    const r = await startRequest([stage('审核', [a])]);
    await r.process.act(act(a, { type: 'transfer', to: b }));
    expect(r.openTo()).toEqual(['乙']);
    expect(await r.tryAct(act(a, { type: 'approve' }))).toBe('NOT_YOUR_TURN');
    await r.process.act(act(b, { type: 'approve' }));
    expect(r.state.status).toBe('approved');
  });

  it('refuses a transfer to oneself or to someone already in the stage', async () => {
    const r = await startRequest([stage('会签', [a, b])]);
    expect(await r.tryAct(act(a, { type: 'transfer', to: a }))).toBe('INVALID');
    expect(await r.tryAct(act(a, { type: 'transfer', to: b }))).toBe('INVALID');
  });

  it('a delegate works on the task and it comes back to the delegator to decide', async () => {
    const r = await startRequest([stage('审核', [a])]);
    await r.process.act(act(a, { type: 'delegate', to: b }));
    expect(await r.tryAct(act(a, { type: 'approve' }))).toBe('NOT_YOUR_TURN');
    await r.process.act(act(b, { type: 'approve', opinion: '建议同意' }));
    expect(r.state.status).toBe('running');
    expect(r.ports.ledger.at(-1)).toEqual(
      expect.objectContaining({ action: 'delegate_approve', actor: b, onBehalfOf: a }),
    );
    expect(await r.tryAct(act(b, { type: 'approve' }))).toBe('NOT_YOUR_TURN');
    await r.process.act(act(a, { type: 'approve' }));
    expect(r.state.status).toBe('approved');
  });
});

describe('加签 add signer and 减签 remove signer', () => {
  it('before me: the added signers decide first, then the task comes back', async () => {
    const r = await startRequest([stage('审核', [a])]);
    await r.process.act(act(a, { type: 'add_signer', signers: [b, c], position: 'before', mode: 'all' }));
    expect(r.openTo().sort()).toEqual(['丙', '乙'].sort());
    await r.process.act(act(b, { type: 'approve' }));
    await r.process.act(act(c, { type: 'approve' }));
    expect(r.openTo()).toEqual(['甲']);
    await r.process.act(act(a, { type: 'approve' }));
    expect(r.state.status).toBe('approved');
  });

  it('after me: my approval counts once the added signers agree', async () => {
    const r = await startRequest([stage('审核', [a]), stage('终审', [e])]);
    await r.process.act(act(a, { type: 'add_signer', signers: [b], position: 'after', mode: 'all' }));
    expect(r.openTo()).toEqual(['甲']);
    await r.process.act(act(a, { type: 'approve' }));
    expect(r.openTo()).toEqual(['乙']);
    await r.process.act(act(b, { type: 'approve' }));
    expect(r.openTo()).toEqual(['戊']);
  });

  it('alongside me, any one of the added: both sides must agree', async () => {
    const r = await startRequest([stage('审核', [a])]);
    await r.process.act(act(a, { type: 'add_signer', signers: [b, c], position: 'alongside', mode: 'any' }));
    expect(r.openTo().sort()).toEqual(['丙', '乙', '甲'].sort());
    await r.process.act(act(c, { type: 'approve' }));
    expect(r.state.status).toBe('running');
    await r.process.act(act(a, { type: 'approve' }));
    expect(r.state.status).toBe('approved');
  });

  it('an added signer who rejects rejects the task', async () => {
    const r = await startRequest([stage('审核', [a])]);
    await r.process.act(act(a, { type: 'add_signer', signers: [b], position: 'before' }));
    await r.process.act(act(b, { type: 'reject' }));
    expect(r.state.status).toBe('rejected');
  });

  it('only whoever added a signer may remove them, and only before they act', async () => {
    const r = await startRequest([stage('会签', [a, d])]);
    await r.process.act(act(a, { type: 'add_signer', signers: [b, c], position: 'before', mode: 'all' }));
    const [first, second] = r.state.stages[0]!.slots[0]!.group!.members;
    await r.process.act(act(b, { type: 'approve' }));
    expect(await r.tryAct(act(d, { type: 'remove_signer', taskId: second!.id }))).toBe('NOT_ALLOWED');
    expect(await r.tryAct(act(a, { type: 'remove_signer', taskId: first!.id }))).toBe('INVALID');
    await r.process.act(act(a, { type: 'remove_signer', taskId: second!.id }));
    expect(r.openTo().sort()).toEqual(['丁', '甲'].sort());
  });

  it('refuses adding someone already in the stage', async () => {
    const r = await startRequest([stage('会签', [a, b])]);
    expect(await r.tryAct(act(a, { type: 'add_signer', signers: [b], position: 'before' }))).toBe('INVALID');
  });
});

describe('抄送 cc, 评论 comment and 催办 urge', () => {
  it('anyone taking part may copy people in, each once', async () => {
    const r = await startRequest([stage('审核', [a])]);
    expect(await r.tryAct(act(e, { type: 'cc', people: [b] }))).toBe('NOT_ALLOWED');
    await r.process.act(act(a, { type: 'cc', people: [b, c] }));
    expect(await r.tryAct(act(submitter, { type: 'cc', people: [b] }))).toBe('INVALID');
    expect(r.state.cc.map((p) => p.name)).toEqual(['乙', '丙']);
    // Being copied in makes one a participant: they may comment.
    expect(await r.tryAct(act(b, { type: 'comment', opinion: '已阅' }))).toBe('ok');
  });

  it('only the submitter or a supervisor may urge, not more often than the route allows', async () => {
    const r = await startRequest([stage('审核', [a])], { urgeIntervalMinutes: 60 });
    expect(await r.tryAct(act(b, { type: 'urge' }))).toBe('NOT_ALLOWED');
    expect(await r.tryAct(act(submitter, { type: 'urge' }))).toBe('ok');
    expect(r.ports.notices.at(-1)).toEqual(expect.objectContaining({ kind: 'urge', people: [a] }));
    r.ports.advance(30 * 60_000);
    expect(await r.tryAct(act({ ...b }, { type: 'urge', supervisor: true } as never))).toBe('TOO_SOON');
    r.ports.advance(31 * 60_000);
    expect(await r.tryAct(act(b, { type: 'urge', supervisor: true } as never))).toBe('ok');
  });

  it('a comment by someone outside the request is refused', async () => {
    const r = await startRequest([stage('审核', [a])]);
    expect(await r.tryAct(act(e, { type: 'comment', opinion: '路过' }))).toBe('NOT_ALLOWED');
  });
});

describe('撤回 withdraw and 撤销 recall', () => {
  it('the submitter may withdraw until someone has acted', async () => {
    const r = await startRequest([stage('会签', [a, b])]);
    expect(await r.tryAct(act(a, { type: 'withdraw' }))).toBe('NOT_ALLOWED');
    await r.process.act(act(a, { type: 'approve' }));
    expect(await r.tryAct(act(submitter, { type: 'withdraw' }))).toBe('INVALID');
  });

  it('or at any time when the route allows it', async () => {
    const r = await startRequest([stage('会签', [a, b])], { withdraw: 'anytime' });
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(submitter, { type: 'withdraw' }));
    expect(r.state.status).toBe('withdrawn');
    expect(tasksOf(r.state.stages[0]!).find((t) => t.assignee.name === '乙')!.closeReason).toBe('withdrawn');
  });

  it('an approver may recall while their stage is still open', async () => {
    const r = await startRequest([stage('会签', [a, b])]);
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(a, { type: 'recall' }));
    expect(r.openTo().sort()).toEqual(['乙', '甲'].sort());
  });

  it('or once it concluded, while the next stage is untouched', async () => {
    const r = await startRequest([stage('初审', [a]), stage('会签', [b, c])]);
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(a, { type: 'recall' }));
    expect(r.state.current).toBe(0);
    expect(r.openTo()).toEqual(['甲']);
  });

  it('but not after someone in the next stage acted', async () => {
    const r = await startRequest([stage('初审', [a]), stage('会签', [b, c])]);
    await r.process.act(act(a, { type: 'approve' }));
    await r.process.act(act(b, { type: 'approve' }));
    expect(await r.tryAct(act(a, { type: 'recall' }))).toBe('INVALID');
  });

  it('not when the route forbids it', async () => {
    const r = await startRequest([stage('会签', [a, b])], { allowRecall: false });
    await r.process.act(act(a, { type: 'approve' }));
    expect(await r.tryAct(act(a, { type: 'recall' }))).toBe('NOT_ALLOWED');
  });
});

describe('rules for every action', () => {
  it('the same idempotency key twice is one action', async () => {
    const r = await startRequest([stage('会签', [a, b])]);
    const click = act(a, { type: 'approve' });
    const first = await r.process.act(click);
    const again = await r.process.act(click);
    expect(again).toEqual(first);
    expect(r.ports.ledger.filter((e) => e.action === 'approve')).toHaveLength(1);
  });

  it('a refused action leaves no trace', async () => {
    const r = await startRequest([stage('审核', [a])]);
    const before = r.ports.ledger.length;
    expect(await r.tryAct(act(b, { type: 'approve' }))).toBe('NOT_YOUR_TURN');
    expect(r.ports.ledger).toHaveLength(before);
  });

  it('a stage can require an opinion, an attachment and a signature', async () => {
    const r = await startRequest([
      stage('审核', [a], { requires: { opinion: true, attachments: true, signature: true } }),
    ]);
    expect(await r.tryAct(act(a, { type: 'approve' }))).toBe('REQUIRED');
    const sha = 'a'.repeat(64);
    const file = { id: '33333333-3333-4333-8333-333333333333', name: 'x.pdf', sha256: sha };
    expect(await r.tryAct(act(a, { type: 'approve', opinion: '同意', attachments: [file] }))).toBe(
      'REQUIRED',
    );
    const signed = act(a, {
      type: 'approve',
      opinion: '同意',
      attachments: [file],
      signature: { attachmentId: file.id, sha256: 'b'.repeat(64) },
    });
    expect(await r.tryAct(signed)).toBe('ok');
    expect(r.ports.ledger.find((e) => e.action === 'approve')).toEqual(
      expect.objectContaining({ attachments: [file], signatureSha256: 'b'.repeat(64) }),
    );
  });

  it('the submitter among the assignees is skipped and recorded as an automatic pass when the template says so', async () => {
    const r = await startRequest([stage('会签', [submitter, a])], { submitterAsAssignee: 'skip' });
    expect(r.openTo()).toEqual(['甲']);
    expect(r.ports.ledger.find((e) => e.action === 'auto_pass')).toEqual(
      expect.objectContaining({ automatic: true, actor: submitter, detail: { reason: 'submitter' } }),
    );
  });

  it('someone who approved the previous stage is skipped when the template says so', async () => {
    const r = await startRequest([stage('一', [a]), stage('二', [a, b])], {
      sameAssigneeConsecutive: 'skip',
    });
    await r.process.act(act(a, { type: 'approve' }));
    expect(r.openTo()).toEqual(['乙']);
  });

  it('nothing is taken on an ended request', async () => {
    const r = await startRequest([stage('审核', [a])]);
    await r.process.act(act(a, { type: 'approve' }));
    expect(await r.tryAct(act(a, { type: 'approve' }))).toBe('ENDED');
    expect(await r.tryAct(act(submitter, { type: 'withdraw' }))).toBe('ENDED');
  });
});

import { actionTypeSchema, type RequestDetail, type TaskView } from '@bastion/approvals-contracts';
import { ME, NOTHING_REQUIRED, person, stage, SUBMITTER, task } from '../testing/request-detail';
import {
  ACTION_ORDER,
  actsAsDelegate,
  buildAction,
  decisionRequires,
  draftProblems,
  emptyDraft,
  needsSignature,
  offeredActions,
  participants,
  removableSigners,
} from './action-model';

const OTHER = SUBMITTER;
const none = NOTHING_REQUIRED;

const detail = (tasks: TaskView[]): Pick<RequestDetail, 'stages' | 'currentStage' | 'submitter' | 'cc'> => ({
  stages: [stage(tasks)],
  currentStage: 0,
  submitter: person(OTHER, '提交人'),
  cc: [],
});

describe('the action model', () => {
  it('offers exactly the actions the service allows, in a fixed order', () => {
    expect(offeredActions(['comment', 'approve', 'return', 'reject'])).toEqual([
      'approve',
      'reject',
      'return',
      'comment',
    ]);
    expect(offeredActions([])).toEqual([]);
  });

  it('offers every action of the contracts once, pressing and taking back after the rest', () => {
    expect([...ACTION_ORDER].sort()).toEqual([...actionTypeSchema.options].sort());
    expect(ACTION_ORDER.slice(0, 2)).toEqual(['approve', 'reject']);
    expect(ACTION_ORDER.slice(-4)).toEqual(['urge', 'recall', 'withdraw', 'comment']);
  });

  it('asks for what the stage requires before a decision, and nothing of a delegate', () => {
    const requires = { opinion: true, attachments: true, signature: true };
    expect(draftProblems('approve', emptyDraft(), requires, false)).toEqual({
      opinion: 'act.need.opinion',
      attachments: 'act.need.attachments',
      signature: 'act.need.signature',
    });
    // The requirements are for decisions; a comment only needs its text.
    expect(draftProblems('comment', emptyDraft(), requires, false)).toEqual({ opinion: 'act.need.comment' });
    expect(draftProblems('urge', emptyDraft(), requires, false)).toEqual({});
    expect(decisionRequires({ requires }, true)).toEqual(none);
    expect(decisionRequires({ requires: null }, false)).toEqual(none);
  });

  it('asks for the target, person, people or task an action needs', () => {
    const d = emptyDraft();
    expect(draftProblems('return', d, none, false)).toEqual({ target: 'act.need.target' });
    expect(draftProblems('transfer', d, none, false)).toEqual({ person: 'act.need.person' });
    expect(draftProblems('add_signer', d, none, false)).toEqual({ people: 'act.need.people' });
    expect(draftProblems('cc', d, none, false)).toEqual({ people: 'act.need.people' });
    expect(draftProblems('remove_signer', d, none, false)).toEqual({ taskId: 'act.need.task' });
  });

  it('builds each action with only the fields it takes', () => {
    const attachment = { id: '00000000-0000-4000-8000-0000000000f1', name: 'a.pdf', sha256: 'a'.repeat(64) };
    const draft = {
      ...emptyDraft(),
      opinion: '  同意。 ',
      attachments: [
        {
          ...attachment,
          contentType: 'application/pdf',
          size: 3,
          uploadedAt: '',
          uploader: person(ME, '我'),
        },
      ],
      target: { kind: 'submitter' as const },
      person: [person(OTHER, '乙')],
      people: [person(OTHER, '乙')],
      taskId: 't9',
    };
    const signature = { attachmentId: attachment.id, sha256: 'b'.repeat(64) };
    expect(buildAction('approve', draft, 'key-0001', signature)).toEqual({
      type: 'approve',
      idempotencyKey: 'key-0001',
      opinion: '同意。',
      attachments: [attachment],
      signature,
    });
    expect(buildAction('return', draft, 'k', signature)).toMatchObject({
      type: 'return',
      target: { kind: 'submitter' },
    });
    expect(buildAction('return', draft, 'k', signature)).not.toHaveProperty('signature');
    expect(buildAction('transfer', draft, 'k')).toMatchObject({ to: person(OTHER, '乙') });
    expect(buildAction('add_signer', draft, 'k')).toMatchObject({
      signers: [person(OTHER, '乙')],
      position: 'after',
      mode: 'all',
    });
    expect(buildAction('remove_signer', draft, 'k')).toMatchObject({ taskId: 't9' });
    expect(buildAction('urge', { ...draft, opinion: '' }, 'k')).not.toHaveProperty('opinion');
  });

  it('shows the signature pad only where a decision is offered and the stage wants a signature', () => {
    expect(needsSignature(['approve'], { signature: true })).toBe(true);
    expect(needsSignature(['comment', 'urge'], { signature: true })).toBe(false);
    expect(needsSignature(['approve'], { signature: false })).toBe(false);
  });

  it('lets the caller remove only signers they added who have not acted', () => {
    const d = detail([
      task({ id: 'mine' }),
      task({
        id: 'added',
        assignee: person(OTHER, '乙'),
        status: 'waiting',
        addedTo: { taskId: 'mine', position: 'after', by: person(ME, '我') },
      }),
      task({
        id: 'acted',
        assignee: person(OTHER, '丙'),
        status: 'approved',
        addedTo: { taskId: 'mine', position: 'alongside', by: person(ME, '我') },
      }),
      task({
        id: 'theirs',
        assignee: person(OTHER, '丁'),
        addedTo: { taskId: 'x', position: 'before', by: person(OTHER, '乙') },
      }),
    ]);
    expect(removableSigners(d, ME).map((t) => t.id)).toEqual(['added']);
    expect(removableSigners(d, null)).toEqual([]);
  });

  it('knows when the caller works on the stage only as a delegate', () => {
    const delegated = detail([
      task({
        assignee: person(OTHER, '乙'),
        delegate: { person: person(ME, '我'), back: false, recommendation: null },
      }),
    ]);
    expect(actsAsDelegate(delegated, ME)).toBe(true);
    expect(actsAsDelegate(detail([task({})]), ME)).toBe(false);
  });

  it('collects everyone on the request once, to pick from', () => {
    const third = '00000000-0000-4000-8000-00000000000c';
    const d = {
      ...detail([task({}), task({ id: 't2', assignee: person(third, '乙') })]),
      cc: [person(third, '乙')],
    };
    expect(participants(d).map((p) => p.name)).toEqual(['提交人', '王审批', '乙']);
  });
});

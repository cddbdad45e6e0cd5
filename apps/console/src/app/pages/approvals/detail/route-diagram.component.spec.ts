import { TestBed } from '@angular/core/testing';
import type { RequestStatus, StageView, TaskView } from '@bastion/approvals-contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appIcons } from '../../../icons';
import { RouteDiagramComponent } from './route-diagram.component';

const person = (n: number, name: string) => ({ personId: `00000000-0000-4000-8000-00000000000${n}`, name });

function stage(index: number, status: StageView['status'], extra: Partial<StageView> = {}): StageView {
  return {
    index,
    name: `环节${index + 1}`,
    status,
    round: 1,
    passes: [],
    definition: {
      name: `环节${index + 1}`,
      assignees: { kind: 'role', role: 'secretary', at: { kind: 'approving_committee' } },
      mode: { kind: 'all' },
      rejectPolicy: 'veto',
      timeLimit: null,
      remindBefore: 1,
      onExpiry: { kind: 'remind', times: 2 },
      requires: { opinion: false, attachments: false, signature: false },
      cc: [],
    },
    tasks: [],
    forecast: null,
    ...extra,
  };
}

describe('RouteDiagramComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideNzIcons(appIcons)] });
  });

  async function render(stages: StageView[], current: number | null, status: RequestStatus) {
    const fixture = TestBed.createComponent(RouteDiagramComponent);
    fixture.componentRef.setInput('request', {
      stages,
      currentStage: current,
      status,
      submitter: person(1, '李提交'),
      createdAt: '2026-05-01T02:00:00.000Z',
    });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('draws each stage with its mode and signers, and highlights the open one', async () => {
    const root = await render(
      [
        stage(0, 'skipped'),
        stage(1, 'open', {
          round: 2,
          tasks: [
            {
              id: 't1',
              assignee: person(2, '王一'),
              status: 'approved',
              closeReason: null,
              delegate: null,
              openedAt: null,
              dueAt: null,
              decidedAt: '2026-05-01T02:00:00.000Z',
              light: 'none',
              automatic: false,
              addedTo: null,
            },
          ],
        }),
        stage(2, 'pending', { forecast: { assignees: [person(3, '赵三')], dueAt: null } }),
      ],
      1,
      'running',
    );
    const current = root.querySelector('[aria-current="step"]')!;
    expect(current.getAttribute('data-testid')).toBe('stage-1');
    expect(current.textContent).toContain('会签');
    expect(current.textContent).toContain('王一');
    expect(current.textContent).toContain('第 2 轮');
    expect(root.querySelector('[data-testid="stage-0"]')!.className).toContain('status-skipped');
    expect(root.querySelector('[data-testid="stage-0"]')!.textContent).toContain('已跳过');
    expect(root.querySelector('[data-testid="stage-2"]')!.textContent).toContain('赵三');
    expect(root.querySelector('[data-testid="stage-1"]')!.textContent).toContain('审批党委的书记');
  });

  it('tags an open task whose time limit was counted on weekdays, in a year without holiday data, as provisional', async () => {
    const open = (provisional: boolean) =>
      stage(0, 'open', {
        tasks: [
          {
            id: 't1',
            assignee: person(2, '王一'),
            status: 'open',
            closeReason: null,
            delegate: null,
            openedAt: '2027-12-24T02:00:00.000Z',
            dueAt: '2028-01-07T16:00:00.000Z',
            ...(provisional ? { provisional: true as const } : {}),
            decidedAt: null,
            light: 'green',
            automatic: false,
            addedTo: null,
          },
        ],
      });
    const tagged = await render([open(true)], 0, 'running');
    expect(tagged.querySelector('[data-testid="task-provisional"]')!.textContent).toContain('暂定');
    const exact = await render([open(false)], 0, 'running');
    expect(exact.querySelector('[data-testid="task-provisional"]')).toBeNull();
  });

  it('shows a request that is back with its submitter at the submission, not at the stage', async () => {
    const root = await render([stage(0, 'pending')], 0, 'returned');
    expect(root.querySelector('[data-testid="diagram-returned"]')!.textContent).toContain('已退回提交人');
    expect(root.querySelector('[aria-current="step"]')!.className).toContain('start');
  });

  it('keeps an earlier pass of a 会签 stage on view: the approval given before the return, the task it closed', async () => {
    const task = (
      id: string,
      who: ReturnType<typeof person>,
      status: TaskView['status'],
      decidedAt: string | null,
    ) => ({
      id,
      assignee: who,
      status,
      closeReason: status === 'closed_by_return' ? 'returned' : null,
      delegate: null,
      openedAt: null,
      dueAt: null,
      decidedAt,
      light: 'none' as const,
      automatic: false,
      addedTo: null,
    });
    const root = await render(
      [
        stage(0, 'open', {
          round: 2,
          tasks: [task('n1', person(2, '王一'), 'open', null), task('n2', person(3, '赵三'), 'open', null)],
          passes: [
            {
              round: 1,
              status: 'open',
              endedBy: 'return',
              endedAt: '2026-05-02T03:00:00.000Z',
              tasks: [
                task('o1', person(2, '王一'), 'approved', '2026-05-01T02:00:00.000Z'),
                task('o2', person(3, '赵三'), 'closed_by_return', null),
              ],
            },
          ],
        }),
      ],
      0,
      'running',
    );
    const pass = root.querySelector('[data-testid="diagram-pass"]')!;
    expect(pass.getAttribute('data-round')).toBe('1');
    expect(pass.textContent).toContain('第 1 轮（因退回结束）');
    const rows = [...pass.querySelectorAll('[data-testid="diagram-pass-task"]')].map((li) =>
      [...li.querySelectorAll('.who, .what')].map((e) => e.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['王一', '同意'],
      ['赵三', '因退回关闭'],
    ]);
    expect(root.querySelectorAll('[data-testid="diagram-task"]')).toHaveLength(2);
  });

  it('shows a request that found nobody to sign as such, not as expired', async () => {
    const root = await render([stage(0, 'pending')], null, 'no_assignee');
    expect(root.querySelector('[data-testid="diagram-end"]')!.textContent).toContain('无人审批');
  });

  it('shows where a terminated request stopped, its tasks closed by the termination', async () => {
    const closed: TaskView = {
      id: 't1',
      assignee: person(2, '王书记'),
      status: 'closed',
      closeReason: 'terminated',
      delegate: null,
      openedAt: '2026-03-02T01:00:00.000Z',
      dueAt: null,
      decidedAt: null,
      light: 'none',
      automatic: false,
      addedTo: null,
    };
    const root = await render(
      [stage(0, 'open', { tasks: [closed] }), stage(1, 'pending')],
      null,
      'terminated',
    );
    expect(root.querySelector('[aria-current="step"]')).toBeNull();
    expect(root.querySelector('[data-testid="stage-0"] [data-testid="stage-status"]')!.textContent).toContain(
      '已终止',
    );
    expect(root.querySelector('[data-testid="stage-0"]')!.textContent).toContain('因流程终止而关闭');
    expect(root.querySelector('[data-testid="diagram-end"]')!.textContent).toContain('已终止');
  });

  it('shows the outcome at the end once decided', async () => {
    const root = await render([stage(0, 'rejected')], null, 'rejected');
    expect(root.querySelector('[aria-current="step"]')).toBeNull();
    expect(root.querySelector('[data-testid="diagram-end"]')!.textContent).toContain('未通过');
  });
});

import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ItemActionType, ItemView } from '@bastion/rectification-contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of, throwError } from 'rxjs';
import { ApiError, RectificationApi } from '@bastion/console-ui';
import { appIcons } from '../../../icons';
import { ItemActionPanelComponent } from './item-action-panel.component';

const ITEM = '00000000-0000-4000-8000-0000000000aa';
const ORG = '00000000-0000-4000-8000-0000000000c1';
const owner = { personId: '00000000-0000-4000-8000-00000000000b', name: '张林' };

function view(allowedActions: ItemActionType[]): ItemView {
  const row: ItemView['row'] = {
    id: ITEM,
    number: 'ZG2026-000001',
    batchId: '00000000-0000-4000-8000-0000000000bb',
    batchTitle: '2026年第一轮巡察',
    source: 'inspection_patrol',
    problem: '三会一课制度落实不到位',
    category: 'organisational',
    seriousness: 'serious',
    measures: '',
    target: '',
    org: { id: ORG, name: '红星林场党支部' },
    owner,
    leader: null,
    supportingUnits: [],
    status: 'in_progress',
    round: 1,
    reopened: false,
    fixedOnSpot: false,
    namedSupervision: false,
    deadline: '2026-12-31',
    light: 'green',
    daysLeft: 30,
    progressPercent: 20,
    evidenceCount: 0,
    closedOn: null,
  };
  return {
    row,
    record: {
      itemId: ITEM,
      batchId: row.batchId,
      source: row.source,
      text: {
        problem: row.problem,
        category: row.category,
        seriousness: row.seriousness,
        measures: '',
        target: '',
        supportingUnits: [],
        exemptFromPublication: false,
      },
      org: { id: ORG, name: row.org.name, idPath: `/${ORG}/` },
      owner,
      leader: null,
      status: row.status,
      round: 1,
      reopened: false,
      fixedOnSpot: false,
      namedSupervision: false,
      assignedOn: '2026-11-01',
      deadline: row.deadline,
      originalDeadline: row.deadline,
      finalDeadline: null,
      amberFrom: '2026-12-24',
      progressPercent: 20,
      evidenceCount: 0,
      longTerm: null,
      pending: null,
      pendingExtension: null,
      ladder: [],
      handedOverTo: null,
      closedOn: null,
      lookBack: null,
      lastUrgedAt: null,
      urgeNotBefore: null,
      links: [],
      urgeCount: 0,
      registeredAt: '2026-11-01T02:00:00.000Z',
      transitions: [],
      version: 3,
    },
    transitions: [],
    capacities: ['owner', 'supervisor'],
    allowedActions,
    links: [],
    termination: null,
  };
}

describe('ItemActionPanelComponent', () => {
  let fixture: ComponentFixture<ItemActionPanelComponent>;
  let act: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    act = jest.fn();
    TestBed.configureTestingModule({
      imports: [ItemActionPanelComponent],
      providers: [provideNzIcons(appIcons), { provide: RectificationApi, useValue: { actOnItem: act } }],
    });
  });

  async function render(allowed: ItemActionType[]): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ItemActionPanelComponent);
    fixture.componentRef.setInput('view', view(allowed));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const click = async (root: HTMLElement, testId: string) => {
    root.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!.click();
    await fixture.whenStable();
  };

  const type = async (root: HTMLElement, testId: string, value: string) => {
    const field = root.querySelector<HTMLTextAreaElement>(`[data-testid="${testId}"]`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  it('offers exactly the allowed actions, in order, and names the capacities', async () => {
    const root = await render(['urge', 'progress', 'evidence']);
    const offered = [...root.querySelectorAll<HTMLElement>('.buttons [data-testid^="action-"]')].map(
      (b) => b.dataset['testid'],
    );
    expect(offered).toEqual(['action-progress', 'action-evidence', 'action-urge']);
    expect(root.textContent).toContain('责任人');
    expect(root.textContent).toContain('督办方');
  });

  it('says so when there is nothing to do', async () => {
    const root = await render([]);
    expect(root.querySelector('[data-testid="no-item-actions"]')).not.toBeNull();
  });

  it('opens one form per action and sends nothing while a required field is empty', async () => {
    const root = await render(['progress']);
    await click(root, 'action-progress');
    expect(root.querySelector('[data-testid="form-progress"]')).not.toBeNull();
    await click(root, 'act-submit');
    expect(act).not.toHaveBeenCalled();
    expect(root.textContent).toContain('此项必填');
  });

  it('sends the action with an idempotency key and reports back the item', async () => {
    const updated = view([]);
    act.mockReturnValue(of(updated));
    const root = await render(['progress']);
    const acted = jest.fn();
    fixture.componentInstance.acted.subscribe(acted);
    await click(root, 'action-progress');
    await type(root, 'act-note', '已完成制度修订');
    await click(root, 'act-submit');
    expect(act).toHaveBeenCalledWith(
      ITEM,
      expect.objectContaining({ type: 'progress', percent: 20, note: '已完成制度修订', files: [] }),
    );
    const [, body] = act.mock.calls[0] as [string, { idempotencyKey: string }];
    expect(body.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(acted).toHaveBeenCalledWith(updated);
  });

  it('shows a refusal with the service’s words, keeps what was typed, and retries a lost call with the same key', async () => {
    act
      .mockReturnValueOnce(throwError(() => new ApiError(0, 'NETWORK', 'offline')))
      .mockReturnValueOnce(
        throwError(
          () =>
            new ApiError(
              429,
              'TOO_SOON',
              '操作过于频繁，请稍后再试。',
              [],
              undefined,
              {},
              '催办过于频繁，请稍后再试。',
            ),
        ),
      )
      .mockReturnValueOnce(
        throwError(
          () =>
            new ApiError(
              429,
              'TOO_SOON',
              '操作过于频繁，请稍后再试。',
              [],
              undefined,
              {},
              '催办过于频繁，请稍后再试。',
            ),
        ),
      );
    const root = await render(['urge']);
    await click(root, 'action-urge');
    await type(root, 'act-note', '请加快进度');

    await click(root, 'act-submit');
    await click(root, 'act-submit');
    await click(root, 'act-submit');

    const keys = act.mock.calls.map(([, body]) => (body as { idempotencyKey: string }).idempotencyKey);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
    const error = root.querySelector('[data-testid="act-error"]')!;
    expect(error.textContent).toContain('操作过于频繁');
    expect(error.textContent).toContain('催办过于频繁，请稍后再试。');
    expect(root.querySelector<HTMLTextAreaElement>('[data-testid="act-note"]')!.value).toBe('请加快进度');
  });
});

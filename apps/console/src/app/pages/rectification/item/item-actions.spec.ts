import { type ComponentFixture, TestBed } from '@angular/core/testing';
import {
  defaultSourceConfig,
  type ItemActionType,
  itemInputSchema,
  type ItemView,
} from '@bastion/rectification-contracts';
import { initialItemRecord } from '@bastion/rectification-rules';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of, throwError } from 'rxjs';
import { ApiError, RecordActionPanelComponent, RectificationApi } from '@bastion/console-ui';
import { appIcons } from '../../../icons';
import { ITEM_ACTIONS } from './item-actions';

const ITEM = '00000000-0000-4000-8000-0000000000aa';
const BATCH = '00000000-0000-4000-8000-0000000000bb';
const ORG = '00000000-0000-4000-8000-0000000000c1';
const owner = { personId: '00000000-0000-4000-8000-00000000000b', name: '张林' };

/** An item in progress, as the rules register it and its owner has taken it on. */
function view(allowedActions: ItemActionType[]): ItemView {
  const registered = initialItemRecord(
    itemInputSchema.parse({
      itemId: ITEM,
      batchId: BATCH,
      source: 'inspection_patrol',
      config: defaultSourceConfig('inspection_patrol'),
      org: { id: ORG, name: '红星林场党支部', idPath: `/${ORG}/` },
      registeredBy: owner,
      text: { problem: '三会一课制度落实不到位', category: 'organisational', seriousness: 'serious' },
      deadline: '2026-12-31',
    }),
    '2026-11-01T02:00:00.000Z',
  );
  const record: ItemView['record'] = {
    ...registered,
    owner,
    status: 'in_progress',
    assignedOn: '2026-11-01',
    progressPercent: 20,
    version: 3,
  };
  const row: ItemView['row'] = {
    id: ITEM,
    number: 'ZG2026-000001',
    batchId: BATCH,
    batchTitle: '2026年第一轮巡察',
    source: record.source,
    problem: record.text.problem,
    category: record.text.category,
    seriousness: record.text.seriousness,
    measures: '',
    target: '',
    org: { id: ORG, name: record.org.name },
    owner,
    leader: null,
    supportingUnits: [],
    status: record.status,
    round: 1,
    reopened: false,
    fixedOnSpot: false,
    namedSupervision: false,
    deadline: record.deadline,
    light: 'green',
    daysLeft: 30,
    progressPercent: record.progressPercent,
    evidenceCount: 0,
    closedOn: null,
  };
  return {
    row,
    record,
    transitions: [],
    capacities: ['owner', 'supervisor'],
    allowedActions,
    links: [],
    termination: null,
  };
}

/** 催办 too soon after the last one: the service's refusal, with its reason in the caller's words. */
const tooSoon = () =>
  new ApiError(
    429,
    'TOO_SOON',
    '操作过于频繁，请稍后再试。',
    [],
    undefined,
    {},
    '催办过于频繁，请稍后再试。',
  );

describe('the action panel of an item', () => {
  let fixture: ComponentFixture<RecordActionPanelComponent<ItemActionType, ItemView>>;
  let act: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    act = jest.fn();
    TestBed.configureTestingModule({
      imports: [RecordActionPanelComponent],
      providers: [provideNzIcons(appIcons), { provide: RectificationApi, useValue: { actOnItem: act } }],
    });
  });

  async function render(allowed: ItemActionType[]): Promise<HTMLElement> {
    fixture = TestBed.createComponent(RecordActionPanelComponent<ItemActionType, ItemView>);
    fixture.componentRef.setInput('actions', ITEM_ACTIONS);
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
      .mockReturnValueOnce(throwError(tooSoon))
      .mockReturnValueOnce(throwError(tooSoon));
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

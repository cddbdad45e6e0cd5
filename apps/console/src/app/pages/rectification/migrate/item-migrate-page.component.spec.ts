import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import zh from '@angular/common/locales/zh';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of, throwError } from 'rxjs';
import { ApiError, RectificationApi } from '@bastion/console-ui';
import { appIcons } from '../../../icons';
import { ItemMigratePageComponent } from './item-migrate-page.component';
import { emptyHead, emptyStep, type PaperRow } from './paper-draft';

// The date pickers format with Angular's locale data, as the app registers it at start.
registerLocaleData(zh);

const BATCH = '00000000-0000-4000-8000-0000000000b1';
const ITEM = '00000000-0000-4000-8000-0000000000c1';
const owner = { personId: '00000000-0000-4000-8000-000000000001', name: '赵一' };

const rows = (): PaperRow[] => [
  {
    key: 1,
    type: 'assign',
    draft: {
      ...emptyStep(new Date(2026, 2, 3)),
      owner: [owner],
      leader: [owner],
      deadline: new Date(2026, 3, 30),
    },
  },
  {
    key: 2,
    type: 'request_extension',
    draft: { ...emptyStep(new Date(2026, 4, 6)), newDeadline: new Date(2026, 5, 30), note: '逾期后申请' },
  },
];

describe('ItemMigratePageComponent', () => {
  let fixture: ComponentFixture<ItemMigratePageComponent>;
  let migrateItem: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    migrateItem = jest.fn();
    TestBed.configureTestingModule({
      imports: [ItemMigratePageComponent],
      providers: [
        provideNzIcons(appIcons),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: RectificationApi,
          useValue: {
            migrateItem,
            batch: () => of({ row: { title: '2026年第一轮巡察反馈问题', inspectedOrg: { id: 'org' } } }),
          },
        },
      ],
    });
  });

  async function render(): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ItemMigratePageComponent);
    fixture.componentRef.setInput('id', BATCH);
    const page = fixture.componentInstance;
    page['head'].set({
      ...emptyHead(),
      problem: '“三会一课”记录不全',
      category: 'organisational',
      orgId: 'org',
      registeredOn: new Date(2026, 2, 2),
    });
    page['rows'].set(rows());
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const submit = async (root: HTMLElement) => {
    byId(root, 'paper-submit')!.click();
    await fixture.whenStable();
  };

  it('sends the record with its real dates to the batch, then opens the item', async () => {
    migrateItem.mockReturnValue(of({ id: ITEM }));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const root = await render();
    expect(byId(root, 'paper-batch')!.textContent).toContain('2026年第一轮巡察反馈问题');
    await submit(root);
    const [batchId, body] = migrateItem.mock.calls[0]!;
    expect(batchId).toBe(BATCH);
    expect(body).toMatchObject({
      registeredOn: '2026-03-02',
      steps: [
        { type: 'assign', on: '2026-03-03', deadline: '2026-04-30' },
        { type: 'request_extension', on: '2026-05-06', newDeadline: '2026-06-30', reason: '逾期后申请' },
      ],
    });
    expect(navigate).toHaveBeenCalledWith(['/rectification/items', ITEM]);
  });

  it('shows every problem the service found beside its step, and keeps what was typed', async () => {
    migrateItem.mockReturnValue(
      throwError(
        () =>
          new ApiError(422, 'MIGRATION_INVALID', 'The paper record has 2 problem(s)', [
            { field: 'registeredOn', problem: '立项日期2026-03-02早于本批问题的反馈日期2026-03-10' },
            { field: 'steps.1.newDeadline', problem: '已超过整改时限，不能申请延期' },
          ]),
      ),
    );
    const root = await render();
    await submit(root);
    expect(byId(root, 'paper-head-problems')!.textContent).toContain('早于本批问题的反馈日期');
    // A problem with a field shows at that field, and marks its step.
    expect(byId(root, 'paper-row-1')!.textContent).toContain('已超过整改时限');
    expect(byId(root, 'paper-row-1')!.className).toContain('invalid');
    expect(byId(root, 'paper-row-0')!.className).not.toContain('invalid');
    expect(byId(root, 'paper-problem-count')!.textContent).toContain('2');
    expect(byId(root, 'paper-error')!.textContent).toContain('纸质记录中有不符合规定的内容');
    expect(root.querySelectorAll('[data-testid^="paper-row-"]')).toHaveLength(2);
  });

  it('checks the required fields itself before sending', async () => {
    const root = await render();
    fixture.componentInstance['rows'].update((r) => [...r, { key: 3, type: 'progress', draft: emptyStep() }]);
    await fixture.whenStable();
    await submit(root);
    expect(migrateItem).not.toHaveBeenCalled();
    expect(byId(root, 'paper-row-2')!.textContent).toContain('必填');
  });
});

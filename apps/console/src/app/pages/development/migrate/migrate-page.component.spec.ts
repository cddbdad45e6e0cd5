import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { ApiError, MigrationRefusal } from '@bastion/console-ui';
import { emptyDraft } from '../steps/step-draft';
import { CASE_ID } from '../testing/case-view';
import { configureDevelopmentTest } from '../testing/page-test';
import { MigratePageComponent } from './migrate-page.component';
import type { ApplicationDraft } from '../shared/application-draft';
import type { MigrationRow } from './migration-draft';

const person = { personId: CASE_ID, name: '张林' };

/** A paper record of two steps: the activist decision, then a candidacy too early. */
function record(): { application: ApplicationDraft; rows: MigrationRow[] } {
  return {
    application: { person: [person], orgId: null, date: new Date(2024, 2, 1), note: '', files: [] },
    rows: [
      {
        key: 1,
        type: 'decide_activist',
        draft: { ...emptyDraft(new Date(2024, 8, 2)), recommendedBy: ['members'], note: '支委会研究确定' },
      },
      {
        key: 2,
        type: 'decide_candidate',
        draft: { ...emptyDraft(new Date(2025, 2, 1)), note: '听取党小组意见' },
      },
    ],
  };
}

describe('MigratePageComponent', () => {
  let fixture: ComponentFixture<MigratePageComponent>;
  let migrate: jest.Mock;

  beforeEach(() => {
    migrate = jest.fn();
    configureDevelopmentTest(MigratePageComponent, { migrate });
  });

  async function render(typed = record()): Promise<HTMLElement> {
    fixture = TestBed.createComponent(MigratePageComponent);
    const page = fixture.componentInstance;
    page['application'].set(typed.application);
    page['rows'].set(typed.rows);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const submit = async (root: HTMLElement) => {
    byId(root, 'mig-submit')!.click();
    await fixture.whenStable();
  };

  it('sends the application and the steps in order, with their real dates', async () => {
    migrate.mockReturnValue(of({ id: CASE_ID }));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const root = await render();
    await submit(root);

    expect(migrate).toHaveBeenCalledWith({
      personId: CASE_ID,
      applicationDate: '2024-03-01',
      note: '',
      files: [],
      steps: [
        {
          type: 'decide_activist',
          date: '2024-09-02',
          note: '支委会研究确定',
          files: [],
          recommendedBy: ['members'],
        },
        expect.objectContaining({ type: 'decide_candidate', date: '2025-03-01', publicNotice: null }),
      ],
    });
    expect(navigate).toHaveBeenCalledWith(['/development/cases', CASE_ID]);
  });

  it('shows each problem of a refused record beside its step and keeps everything typed', async () => {
    const refusal = new MigrationRefusal(
      new ApiError(422, 'MIGRATION_INVALID', '历史档案中有 3 处不符合规定', [
        { field: 'steps.0.date', problem: '早于递交申请书的日期' },
      ]),
      [
        {
          index: 1,
          type: 'decide_candidate',
          code: 'RULE_BREACH',
          problem: '确定为入党积极分子满一年后方可确定为发展对象（第十三条）',
        },
        {
          index: -1,
          type: 'application',
          code: 'RULE_BREACH',
          problem: '递交申请书时未满 18 周岁（第五条）',
        },
      ],
    );
    migrate.mockReturnValue(throwError(() => refusal));
    const root = await render();
    await submit(root);

    expect(byId(root, 'mig-0-problems')).toBeNull();
    expect(byId(root, 'mig-1-problems')!.textContent).toContain('满一年后方可确定为发展对象（第十三条）');
    expect(byId(root, 'mig-row-1')!.classList).toContain('invalid');
    expect(byId(root, 'mig-application-problems')!.textContent).toContain('未满 18 周岁');
    expect(byId(root, 'mig-row-0')!.textContent).toContain('早于递交申请书的日期');
    expect(byId(root, 'mig-error')!.textContent).toContain('纸质记录中有不符合规定的内容');
    expect(byId(root, 'mig-problem-count')!.textContent).toContain('2');

    expect((byId(root, 'mig-0-note') as HTMLTextAreaElement).value).toBe('支委会研究确定');
    expect((byId(root, 'mig-1-note') as HTMLTextAreaElement).value).toBe('听取党小组意见');
    expect(fixture.componentInstance['rows']()).toEqual(record().rows);
  });

  it('keeps a problem with its step when the rows are moved afterwards', async () => {
    migrate.mockReturnValue(
      throwError(
        () =>
          new MigrationRefusal(new ApiError(422, 'MIGRATION_INVALID', 'x'), [
            { index: 1, type: 'decide_candidate', code: 'RULE_BREACH', problem: '不满一年' },
          ]),
      ),
    );
    const root = await render();
    await submit(root);
    fixture.componentInstance['record'].move(1, -1);
    await fixture.whenStable();

    expect(byId(root, 'mig-0-problems')!.textContent).toContain('不满一年');
    expect(byId(root, 'mig-1-problems')).toBeNull();
  });

  it('sends nothing while a step lacks what the rules need, and marks the field', async () => {
    const typed = record();
    typed.rows[0]!.draft = { ...typed.rows[0]!.draft, recommendedBy: [] };
    const root = await render(typed);
    await submit(root);

    expect(migrate).not.toHaveBeenCalled();
    expect(byId(root, 'mig-row-0')!.textContent).toContain('此项必填');
  });
});

import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseStepType, CaseView } from '@bastion/development-contracts';
import { NzModalService } from 'ng-zorro-antd/modal';
import { of, throwError } from 'rxjs';
import { ApiError, RecordActionPanelComponent } from '@bastion/console-ui';
import { shanghaiToday } from '../shared/business-date';
import { CASE_ID, caseView } from '../testing/case-view';
import { configureDevelopmentTest } from '../testing/page-test';
import { CASE_ACTIONS } from './case-actions';

describe('the action panel of a case', () => {
  let fixture: ComponentFixture<RecordActionPanelComponent<CaseStepType, CaseView>>;
  let act: jest.Mock;
  let confirm: jest.Mock;

  beforeEach(() => {
    act = jest.fn();
    confirm = jest.fn();
    configureDevelopmentTest(RecordActionPanelComponent, { act }, [
      { provide: NzModalService, useValue: { confirm } },
    ]);
  });

  async function render(allowed: CaseStepType[]): Promise<HTMLElement> {
    fixture = TestBed.createComponent(RecordActionPanelComponent<CaseStepType, CaseView>);
    fixture.componentRef.setInput('actions', CASE_ACTIONS);
    fixture.componentRef.setInput('view', caseView(allowed));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const click = async (root: HTMLElement, id: string) => {
    byId(root, id)!.click();
    await fixture.whenStable();
  };
  const type = async (root: HTMLElement, id: string, value: string) => {
    const field = byId(root, id) as HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const offered = (root: HTMLElement, group: string) =>
    [...root.querySelectorAll<HTMLElement>(`[data-testid="${group}"] [data-testid^="step-"]`)].map(
      (b) => b.dataset['testid'],
    );

  it('offers exactly the allowed steps: the main line first, then the side actions, each in order', async () => {
    const root = await render(['withdraw', 'evidence', 'fix_sponsors', 'assessment']);
    expect(offered(root, 'main-steps')).toEqual(['step-fix_sponsors']);
    expect(offered(root, 'side-steps')).toEqual(['step-assessment', 'step-evidence', 'step-withdraw']);
    expect(byId(root, 'step-decide_candidate')).toBeNull();
    expect(root.textContent).toContain('支部委员');
  });

  it('says so when there is nothing the caller may record', async () => {
    const root = await render([]);
    expect(byId(root, 'no-steps')).not.toBeNull();
  });

  it('opens the form of the step chosen, and sends nothing while a required field is empty', async () => {
    const root = await render(['assessment', 'fix_sponsors']);
    await click(root, 'step-assessment');
    expect(byId(root, 'step-form-assessment')).not.toBeNull();
    expect(byId(root, 'step-fix_sponsors')).toBeNull();

    await click(root, 'step-submit');
    expect(act).not.toHaveBeenCalled();
    expect(root.textContent).toContain('此项必填');
  });

  it('sends the step with an idempotency key and hands on the case as it now stands', async () => {
    const updated = caseView([]);
    act.mockReturnValue(of(updated));
    const acted = jest.fn();
    const root = await render(['assessment']);
    fixture.componentInstance.acted.subscribe(acted);
    await click(root, 'step-assessment');
    await type(root, 'step-note', '表现良好，积极参加组织生活');
    await click(root, 'step-submit');

    expect(act).toHaveBeenCalledWith(CASE_ID, expect.stringMatching(/^[0-9a-f-]{36}$/), {
      type: 'assessment',
      date: shanghaiToday(),
      note: '表现良好，积极参加组织生活',
      files: [],
    });
    expect(acted).toHaveBeenCalledWith(updated);
  });

  it('shows a refusal with the rule’s reason at the form and keeps what was typed', async () => {
    act.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            422,
            'RULE_BREACH',
            '不符合发展党员工作规定。',
            [],
            undefined,
            {},
            '确定为入党积极分子满一年后方可确定为发展对象（第十三条）',
          ),
      ),
    );
    const root = await render(['assessment']);
    await click(root, 'step-assessment');
    await type(root, 'step-note', '半年考察');
    await click(root, 'step-submit');

    const error = byId(root, 'step-error')!;
    expect(error.textContent).toContain('不符合发展党员工作规定');
    expect(error.textContent).toContain('满一年后方可确定为发展对象（第十三条）');
    expect((byId(root, 'step-note') as HTMLTextAreaElement).value).toBe('半年考察');
    expect(byId(root, 'step-form-assessment')).not.toBeNull();
  });

  it('asks before a step that closes the case, and sends it only once confirmed', async () => {
    act.mockReturnValue(of(caseView([])));
    confirm.mockImplementationOnce((options: { nzOnCancel: () => void }) => options.nzOnCancel());
    const root = await render(['withdraw']);
    await click(root, 'step-withdraw');
    await type(root, 'step-reason', '本人书面申请撤回');

    await click(root, 'step-submit');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(act).not.toHaveBeenCalled();

    confirm.mockImplementationOnce((options: { nzOnOk: () => void }) => options.nzOnOk());
    await click(root, 'step-submit');
    await fixture.whenStable();
    expect(act).toHaveBeenCalledWith(
      CASE_ID,
      expect.any(String),
      expect.objectContaining({ type: 'withdraw', reason: '本人书面申请撤回' }),
    );
  });
});

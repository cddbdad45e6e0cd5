import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { RequestDetail } from '@bastion/approvals-contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of, throwError } from 'rxjs';
import { ApiError, ApprovalsApi, SessionService } from '@bastion/console-ui';
import { appIcons } from '../../../icons';
import { ME, REQUEST, requestDetail as request } from '../testing/request-detail';
import { ActionPanelComponent } from './action-panel.component';

describe('ActionPanelComponent', () => {
  let fixture: ComponentFixture<ActionPanelComponent>;
  let act: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    // jsdom has no canvas; the pad then simply draws nothing.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    act = jest.fn().mockReturnValue(of({ seq: 3, status: 'running' }));
    TestBed.configureTestingModule({
      imports: [ActionPanelComponent],
      providers: [
        provideNzIcons(appIcons),
        {
          provide: ApprovalsApi,
          useValue: { act, returnTargets: () => of({ targets: [] }), upload: jest.fn() },
        },
        { provide: SessionService, useValue: { me: signal({ personId: ME }) } },
      ],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  async function render(detail: RequestDetail): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ActionPanelComponent);
    fixture.componentRef.setInput('detail', detail);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const buttons = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>('[data-testid^="action-"]')]
      .map((b) => b.dataset['testid']!)
      .filter(
        (id) =>
          !['action-opinion', 'action-attachments', 'action-attachments-input', 'action-panel'].includes(id),
      );

  /** Types the opinion and presses 同意. */
  async function approveWith(root: HTMLElement, text: string): Promise<void> {
    const opinion = root.querySelector<HTMLTextAreaElement>('[data-testid="action-opinion"]')!;
    opinion.value = text;
    opinion.dispatchEvent(new Event('input'));
    root.querySelector<HTMLElement>('[data-testid="action-approve"]')!.click();
    await fixture.whenStable();
  }

  it('offers exactly the actions the service allows', async () => {
    const root = await render(request(['comment', 'return', 'approve']));
    expect(buttons(root)).toEqual(['action-approve', 'action-return', 'action-comment']);
    expect(root.textContent).toContain('同意');
    expect(root.querySelector('[data-testid="action-reject"]')).toBeNull();
    expect(root.querySelector('[data-testid="action-withdraw"]')).toBeNull();
  });

  it('offers nothing to decide to someone who may only comment or urge', async () => {
    const root = await render(request(['urge', 'comment']));
    expect(buttons(root)).toEqual(['action-urge', 'action-comment']);
  });

  it('shows the signature pad only where the stage requires one for a decision', async () => {
    const signed = { opinion: false, attachments: false, signature: true };
    expect((await render(request(['approve'], signed))).querySelector('bst-signature-pad')).not.toBeNull();
    expect((await render(request(['comment'], signed))).querySelector('bst-signature-pad')).toBeNull();
    expect((await render(request(['approve']))).querySelector('bst-signature-pad')).toBeNull();
  });

  it('marks a required opinion and does not send a decision without it', async () => {
    const root = await render(request(['approve'], { opinion: true, attachments: false, signature: false }));
    expect(root.querySelector('nz-form-label .ant-form-item-required')).not.toBeNull();
    root.querySelector<HTMLElement>('[data-testid="action-approve"]')!.click();
    await fixture.whenStable();
    expect(act).not.toHaveBeenCalled();
    expect(root.textContent).toContain('本环节须填写审批意见');
  });

  it('sends an approval with a fresh idempotency key and the opinion', async () => {
    const root = await render(request(['approve']));
    await approveWith(root, '同意购置。');
    expect(act).toHaveBeenCalledWith(
      REQUEST,
      expect.objectContaining({ type: 'approve', opinion: '同意购置。', attachments: [] }),
    );
    const [, body] = act.mock.calls[0] as [string, { idempotencyKey: string }];
    expect(body.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('opens a return in its own form, with a red button to send it and cancel to close it', async () => {
    const root = await render(request(['return', 'approve']));
    root.querySelector<HTMLElement>('[data-testid="action-return"]')!.click();
    await fixture.whenStable();
    const form = root.querySelector('form[data-testid="act-form-return"]')!;
    expect(form.querySelector('[data-testid="return-targets"]')).not.toBeNull();
    const submit = form.querySelector<HTMLElement>('[data-testid="action-submit"]')!;
    expect(submit.textContent).toContain('确认退回');
    expect(submit.classList).toContain('ant-btn-dangerous');
    [...form.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent?.includes('取消'))!.click();
    await fixture.whenStable();
    expect(root.querySelector('form[data-testid="act-form-return"]')).toBeNull();
    expect(buttons(root)).toEqual(['action-approve', 'action-return']);
    expect(act).not.toHaveBeenCalled();
  });

  it('shows the service’s refusal and keeps what was typed', async () => {
    act.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            403,
            'NOT_YOUR_TURN',
            '您在此申请中没有待办任务',
            [],
            undefined,
            {},
            'You have no open task on this request.',
          ),
      ),
    );
    const root = await render(request(['approve']));
    await approveWith(root, '同意。');
    const error = root.querySelector('[data-testid="action-error"]')!;
    expect(error.textContent).toContain('您在此申请中没有待办任务');
    expect(error.textContent).toContain('You have no open task on this request.');
    expect(root.querySelector<HTMLTextAreaElement>('[data-testid="action-opinion"]')!.value).toBe('同意。');
  });
});

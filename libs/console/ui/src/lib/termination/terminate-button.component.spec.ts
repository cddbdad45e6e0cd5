import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of, throwError } from 'rxjs';
import { StopOutline } from '@ant-design/icons-angular/icons';
import { ApiError } from '../api/api-error';
import { SessionService } from '../auth/session.service';
import { LANGUAGE_KEY } from '../i18n/translate.service';
import { TerminateButtonComponent } from './terminate-button.component';
import { TerminationNoteComponent } from './termination-note.component';

describe('TerminateButtonComponent', () => {
  let fixture: ComponentFixture<TerminateButtonComponent>;
  let send: jest.Mock;
  const me = signal<{ isAdmin: boolean } | null>({ isAdmin: true });

  beforeEach(() => {
    localStorage.clear();
    me.set({ isAdmin: true });
    send = jest.fn(() => of({}));
    TestBed.configureTestingModule({
      imports: [TerminateButtonComponent],
      providers: [provideNzIcons([StopOutline]), { provide: SessionService, useValue: { me } }],
    });
  });
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = '')));

  async function render(running = true): Promise<HTMLElement> {
    fixture = TestBed.createComponent(TerminateButtonComponent);
    fixture.componentRef.setInput('what', 'SP2026-000042');
    fixture.componentRef.setInput('running', running);
    fixture.componentRef.setInput('send', send);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const inDialog = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

  async function open(root: HTMLElement): Promise<void> {
    root.querySelector<HTMLElement>('[data-testid="terminate-open"]')!.click();
    await fixture.whenStable();
  }

  async function type(value: string): Promise<void> {
    const field = inDialog('terminate-reason') as HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function confirm(): Promise<void> {
    inDialog('terminate-confirm')!.click();
    await fixture.whenStable();
  }

  it('is offered to an administrator while the record runs', async () => {
    const root = await render();
    expect(root.querySelector('[data-testid="terminate-open"]')?.textContent).toContain('终止');
  });

  it('is not offered to anyone else, nor on a record that has ended', async () => {
    me.set({ isAdmin: false });
    expect((await render()).querySelector('[data-testid="terminate-open"]')).toBeNull();
    me.set({ isAdmin: true });
    expect((await render(false)).querySelector('[data-testid="terminate-open"]')).toBeNull();
  });

  it('asks for the reason in a confirmation dialog and sends nothing without one', async () => {
    const root = await render();
    await open(root);
    expect(inDialog('terminate-warning')?.textContent).toContain('无法恢复');
    await confirm();
    expect(send).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain('请填写终止原因');
    await type('abc');
    await confirm();
    expect(send).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain('终止原因至少 4 个字');
    await type('卡住\u0000了很久');
    await confirm();
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the trimmed reason and tells the page', async () => {
    const root = await render();
    const terminated = jest.fn();
    fixture.componentInstance.terminated.subscribe(terminated);
    await open(root);
    await type('  流程卡住三个月，无法继续  ');
    await confirm();
    expect(send).toHaveBeenCalledWith('流程卡住三个月，无法继续');
    expect(terminated).toHaveBeenCalledTimes(1);
  });

  it('shows the service’s refusal in the dialog', async () => {
    send.mockReturnValue(
      throwError(
        () => new ApiError(409, 'ENDED', 'The request has ended; there is nothing to terminate.', []),
      ),
    );
    const root = await render();
    await open(root);
    await type('流程卡住三个月，无法继续');
    await confirm();
    expect(inDialog('terminate-error')).not.toBeNull();
  });

  it('speaks English when the user chose it', async () => {
    localStorage.setItem(LANGUAGE_KEY, 'en-US');
    const root = await render();
    expect(root.querySelector('[data-testid="terminate-open"]')?.textContent).toContain('Terminate');
  });
});

describe('TerminationNoteComponent', () => {
  it('says who terminated the record, when and why', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [TerminationNoteComponent],
      providers: [provideNzIcons([StopOutline])],
    });
    const fixture = TestBed.createComponent(TerminationNoteComponent);
    fixture.componentRef.setInput('termination', {
      at: '2026-12-07T03:04:00.000Z',
      by: { userId: 'u-1', name: '管理员' },
      reason: '流程卡住三个月，无法继续',
    });
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('已由 管理员 于 2026-12-07');
    expect(text).toContain('终止原因：流程卡住三个月，无法继续');
  });
});

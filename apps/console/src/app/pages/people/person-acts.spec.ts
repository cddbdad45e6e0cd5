import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { PersonDetail } from '@bastion/identity-contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of } from 'rxjs';
import { ActDialogComponent, IdentityApi } from '@bastion/console-ui';
import { appIcons } from '../../icons';
import { type ActTarget, PERSON_ACTS, type PersonActName } from './person-acts';

// The date pickers format with Angular's locale data, as the app registers it at start.
registerLocaleData(zh);

/** The dialog of one act on a person, as the person's page opens it, with the service's calls given. */
function dialogs(api: Partial<Record<keyof IdentityApi, jest.Mock>>) {
  let fixture: ComponentFixture<ActDialogComponent<ActTarget>> | undefined;
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ActDialogComponent],
      providers: [provideNzIcons(appIcons), { provide: IdentityApi, useValue: api }],
    });
  });
  afterEach(() => fixture?.destroy());

  return {
    /** Opens the act's dialog and answers its component. */
    async open(name: PersonActName, person: PersonDetail): Promise<ActDialogComponent<ActTarget>> {
      fixture = TestBed.createComponent(ActDialogComponent<ActTarget>);
      fixture.componentRef.setInput('acting', {
        act: PERSON_ACTS[name],
        target: { api: TestBed.inject(IdentityApi), person },
      });
      await fixture.whenStable();
      return fixture.componentInstance;
    },
    /** The dialog's content is rendered by the modal into an overlay, outside the fixture's element. */
    find: (selector: string) => document.body.querySelector<HTMLElement>(selector),
    type(selector: string, value: string): void {
      const field = document.body.querySelector(selector) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    },
    /** Presses the dialog's button and waits for what follows. */
    async save(): Promise<void> {
      document.body.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary')!.click();
      await fixture!.whenStable();
    },
    stable: () => fixture!.whenStable(),
  };
}

describe('the act dialog recording a sanction', () => {
  const person = { id: '00000000-0000-4000-8000-0000000000aa', name: '钱二' } as PersonDetail;
  const addSanction = jest.fn(() => of({ id: '00000000-0000-4000-8000-0000000000bb' }));
  const dialog = dialogs({ addSanction });
  const { find, type } = dialog;
  beforeEach(() => addSanction.mockClear());

  it('records 留党察看 with its term, dates, deciding body and grounds', async () => {
    const form = await dialog.open('sanction', person);
    expect(find('.ant-modal-title')!.textContent).toContain('记录党纪处分');
    (form as unknown as { form(): { patchValue(v: object): void } }).form().patchValue({
      kind: 'probation',
      decidedOn: new Date(2026, 10, 20),
      effectiveFrom: new Date(2026, 11, 1),
      termMonths: 24,
    });
    await dialog.stable();
    expect(find('[data-testid="sanction-term"]')).not.toBeNull();
    type('[data-testid="sanction-body"]', ' 青山林业局纪委 ');
    type('[data-testid="sanction-reason"]', '违反组织纪律');
    await dialog.save();
    expect(addSanction).toHaveBeenCalledWith(person.id, {
      kind: 'probation',
      decidedOn: '2026-11-20',
      effectiveFrom: '2026-12-01',
      termMonths: 24,
      until: null,
      decidingBody: '青山林业局纪委',
      reason: '违反组织纪律',
    });
  });

  it('sends no term for a warning, and nothing without the deciding body', async () => {
    const form = await dialog.open('sanction', person);
    type('[data-testid="sanction-reason"]', '违反工作纪律');
    await dialog.save();
    expect(addSanction).not.toHaveBeenCalled();
    type('[data-testid="sanction-body"]', '集团纪委');
    await dialog.save();
    expect(addSanction).toHaveBeenCalledWith(
      person.id,
      expect.objectContaining({ kind: 'warning', termMonths: null, until: null, decidingBody: '集团纪委' }),
    );
    expect(form).toBeTruthy();
  });
});

describe('the act dialog revealing a number', () => {
  const person = { id: '00000000-0000-4000-8000-0000000000aa', name: '王甲书' } as PersonDetail;
  const revealIdNumber = jest.fn(() => of({ idNumber: '110101199003074477' }));
  const revealPhone = jest.fn(() => of({ phone: '13800000001' }));
  const dialog = dialogs({ revealIdNumber, revealPhone });
  const { find, type } = dialog;
  beforeEach(() => {
    revealIdNumber.mockClear();
    revealPhone.mockClear();
  });

  async function giveReason(reason: string): Promise<void> {
    type('[data-testid="reveal-reason"]', reason);
    await dialog.save();
  }

  it('asks for a reason of at least ten characters before it asks the service', async () => {
    await dialog.open('reveal', person);
    expect(find('.ant-modal-title')!.textContent).toContain('查看完整身份证号');
    expect(find('[data-testid="reveal-reason"]')!.getAttribute('placeholder')).toBe(
      '请说明查看原因，至少 10 个字',
    );
    await giveReason('  核对档案     ');
    expect(revealIdNumber).not.toHaveBeenCalled();
    expect(find('.ant-form-item-explain-error')!.textContent).toContain('至少 10 个字符');
  });

  it('shows the ID number once a reason is given', async () => {
    await dialog.open('reveal', person);
    await giveReason(' 核对入党申请人档案中的身份信息 ');
    expect(revealIdNumber).toHaveBeenCalledWith(person.id, '核对入党申请人档案中的身份信息');
    expect(find('[data-testid="revealed-id"]')!.textContent).toContain('110101199003074477');
  });

  it('reveals the phone number the same way', async () => {
    await dialog.open('revealPhone', person);
    expect(find('.ant-modal-title')!.textContent).toContain('查看完整联系电话');
    await giveReason('通知');
    expect(revealPhone).not.toHaveBeenCalled();
    await giveReason('通知参加支部委员会会议');
    expect(revealPhone).toHaveBeenCalledWith(person.id, '通知参加支部委员会会议');
    expect(revealIdNumber).not.toHaveBeenCalled();
    expect(find('[data-testid="revealed-phone"]')!.textContent).toContain('13800000001');
  });
});

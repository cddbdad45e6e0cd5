import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { PersonDetail } from '@bastion/identity-contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of } from 'rxjs';
import { IdentityApi } from '@bastion/console-ui';
import { appIcons } from '../../icons';
import { RevealIdComponent, type RevealedField } from './reveal-id.component';

const person = { id: '00000000-0000-4000-8000-0000000000aa', name: '王甲书' } as PersonDetail;

describe('RevealIdComponent', () => {
  let fixture: ComponentFixture<RevealIdComponent>;
  let revealIdNumber: jest.Mock;
  let revealPhone: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    revealIdNumber = jest.fn(() => of({ idNumber: '110101199003074477' }));
    revealPhone = jest.fn(() => of({ phone: '13800000001' }));
    TestBed.configureTestingModule({
      imports: [RevealIdComponent],
      providers: [
        provideNzIcons(appIcons),
        { provide: IdentityApi, useValue: { revealIdNumber, revealPhone } },
      ],
    });
  });
  afterEach(() => fixture?.destroy());

  /** The dialog's content is rendered by the modal into an overlay, outside the fixture's element. */
  const find = (selector: string) => document.body.querySelector<HTMLElement>(selector);

  async function open(field: RevealedField): Promise<void> {
    fixture = TestBed.createComponent(RevealIdComponent);
    fixture.componentRef.setInput('person', person);
    fixture.componentRef.setInput('field', field);
    await fixture.whenStable();
  }

  async function giveReason(reason: string): Promise<void> {
    const textarea = find('[data-testid="reveal-reason"]') as HTMLTextAreaElement;
    textarea.value = reason;
    textarea.dispatchEvent(new Event('input'));
    find('.ant-modal-footer .ant-btn-primary')!.click();
    await fixture.whenStable();
  }

  it('asks for a reason of at least ten characters before it asks the service', async () => {
    await open('idNumber');
    expect(find('.ant-modal-title')!.textContent).toContain('查看完整身份证号');
    expect(find('[data-testid="reveal-reason"]')!.getAttribute('placeholder')).toBe(
      '请说明查看原因，至少 10 个字',
    );
    await giveReason('  核对档案     ');
    expect(revealIdNumber).not.toHaveBeenCalled();
    expect(find('.ant-form-item-explain-error')!.textContent).toContain('至少 10 个字符');
  });

  it('shows the ID number once a reason is given', async () => {
    await open('idNumber');
    await giveReason(' 核对入党申请人档案中的身份信息 ');
    expect(revealIdNumber).toHaveBeenCalledWith(person.id, '核对入党申请人档案中的身份信息');
    expect(find('[data-testid="revealed-id"]')!.textContent).toContain('110101199003074477');
  });

  it('reveals the phone number the same way', async () => {
    await open('phone');
    expect(find('.ant-modal-title')!.textContent).toContain('查看完整联系电话');
    await giveReason('通知');
    expect(revealPhone).not.toHaveBeenCalled();
    await giveReason('通知参加支部委员会会议');
    expect(revealPhone).toHaveBeenCalledWith(person.id, '通知参加支部委员会会议');
    expect(revealIdNumber).not.toHaveBeenCalled();
    expect(find('[data-testid="revealed-phone"]')!.textContent).toContain('13800000001');
  });
});

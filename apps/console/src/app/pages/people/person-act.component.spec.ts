import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { PersonDetail } from '@bastion/identity-contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of } from 'rxjs';
import { IdentityApi } from '@bastion/console-ui';
import { appIcons } from '../../icons';
import { PersonActComponent } from './person-act.component';

// The date pickers format with Angular's locale data, as the app registers it at start.
registerLocaleData(zh);
const person = { id: '00000000-0000-4000-8000-0000000000aa', name: '钱二' } as PersonDetail;

describe('PersonActComponent recording a sanction', () => {
  let fixture: ComponentFixture<PersonActComponent>;
  let addSanction: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    addSanction = jest.fn(() => of({ id: '00000000-0000-4000-8000-0000000000bb' }));
    TestBed.configureTestingModule({
      imports: [PersonActComponent],
      providers: [provideNzIcons(appIcons), { provide: IdentityApi, useValue: { addSanction } }],
    });
  });
  afterEach(() => fixture?.destroy());

  /** The dialog's content is rendered by the modal into an overlay, outside the fixture's element. */
  const find = (selector: string) => document.body.querySelector<HTMLElement>(selector);
  const type = (selector: string, value: string) => {
    const field = find(selector) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  async function open(): Promise<PersonActComponent> {
    fixture = TestBed.createComponent(PersonActComponent);
    fixture.componentRef.setInput('name', 'sanction');
    fixture.componentRef.setInput('person', person);
    await fixture.whenStable();
    return fixture.componentInstance;
  }

  it('records 留党察看 with its term, dates, deciding body and grounds', async () => {
    const form = await open();
    expect(find('.ant-modal-title')!.textContent).toContain('记录党纪处分');
    (form as unknown as { form(): { patchValue(v: object): void } }).form().patchValue({
      kind: 'probation',
      decidedOn: new Date(2026, 10, 20),
      effectiveFrom: new Date(2026, 11, 1),
      termMonths: 24,
    });
    await fixture.whenStable();
    expect(find('[data-testid="sanction-term"]')).not.toBeNull();
    type('[data-testid="sanction-body"]', ' 青山林业局纪委 ');
    type('[data-testid="sanction-reason"]', '违反组织纪律');
    find('.ant-modal-footer .ant-btn-primary')!.click();
    await fixture.whenStable();
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
    const form = await open();
    type('[data-testid="sanction-reason"]', '违反工作纪律');
    find('.ant-modal-footer .ant-btn-primary')!.click();
    await fixture.whenStable();
    expect(addSanction).not.toHaveBeenCalled();
    type('[data-testid="sanction-body"]', '集团纪委');
    find('.ant-modal-footer .ant-btn-primary')!.click();
    await fixture.whenStable();
    expect(addSanction).toHaveBeenCalledWith(
      person.id,
      expect.objectContaining({ kind: 'warning', termMonths: null, until: null, decidingBody: '集团纪委' }),
    );
    expect(form).toBeTruthy();
  });
});

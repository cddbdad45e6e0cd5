import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup, Validators } from '@angular/forms';
import { NzMessageService } from 'ng-zorro-antd/message';
import { of } from 'rxjs';
import { ActDialogComponent } from './act-dialog.component';
import { actControl, type DialogAct } from './dialog-act';

interface Target {
  readonly name: string;
  readonly rename: jest.Mock;
}

/** Renames a record: one required field, the call's answer is the record's id. */
const rename: DialogAct<Target, { name: string }, string> = {
  title: 'orgs.move.title',
  titleParams: ({ name }) => ({ name }),
  okText: 'common.confirm',
  testId: 'rename',
  form: ({ name }) => new FormGroup({ name: actControl(name, Validators.required) }),
  fields: () => [{ key: 'name', label: 'orgs.form.name', kind: 'text', id: 'name' }],
  send: ({ name }, target) => target.rename(name.trim()),
  done: 'common.saved',
};

describe('the dialog of an act on a record', () => {
  let fixture: ComponentFixture<ActDialogComponent<Target>>;
  let success: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    success = jest.fn();
    TestBed.configureTestingModule({ providers: [{ provide: NzMessageService, useValue: { success } }] });
  });
  afterEach(() => fixture?.destroy());

  /** The dialog's content is rendered by the modal into an overlay, outside the fixture's element. */
  const find = (selector: string) => document.body.querySelector<HTMLElement>(selector);

  async function open(target: Target): Promise<unknown[]> {
    fixture = TestBed.createComponent(ActDialogComponent<Target>);
    fixture.componentRef.setInput('acting', { act: rename, target });
    const saved: unknown[] = [];
    fixture.componentInstance.saved.subscribe((answer) => saved.push(answer));
    await fixture.whenStable();
    return saved;
  }

  async function type(value: string): Promise<void> {
    const input = find('#name') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    find('.ant-modal-footer .ant-btn-primary')!.click();
    await fixture.whenStable();
  }

  it('opens with the act’s title, button and the record as it stands', async () => {
    await open({ name: '第一支部', rename: jest.fn() });
    expect(find('.ant-modal-title')!.textContent).toContain('调整“第一支部”的上级组织');
    expect(find('.ant-modal-footer .ant-btn-primary')!.textContent).toContain('确定');
    expect((find('#name') as HTMLInputElement).value).toBe('第一支部');
  });

  it('records the act, says so, and hands the call’s answer to the page', async () => {
    const target = { name: '第一支部', rename: jest.fn(() => of('org-1')) };
    const saved = await open(target);
    await type(' 第二支部 ');
    expect(target.rename).toHaveBeenCalledWith('第二支部');
    expect(success).toHaveBeenCalledWith('已保存');
    expect(saved).toEqual(['org-1']);
  });

  it('sends nothing while the form is not valid', async () => {
    const target = { name: '第一支部', rename: jest.fn(() => of('org-1')) };
    const saved = await open(target);
    await type('');
    expect(target.rename).not.toHaveBeenCalled();
    expect(saved).toEqual([]);
  });
});

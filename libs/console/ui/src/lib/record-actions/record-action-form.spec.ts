import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { type Observable, of, throwError } from 'rxjs';
import { rendered } from '../../testing';
import { ApiError } from '../api/api-error';
import { ActionFormComponent } from '../forms/action-form.component';
import { RecordActionForm, type RecordActionLook, type RecordActionSend } from './record-action-form';

type Act = 'note' | 'close';
interface Item {
  id: string;
  note: string;
}
interface Draft {
  note: string;
}

/** A record's action form as a page writes one: its fields inside the kit's frame, and how it is sent. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActionFormComponent],
  template: `
    <form bstActionForm [frame]="frame()">
      <span data-testid="fields">{{ draft().note }}</span>
    </form>
  `,
})
class NoteFormComponent extends RecordActionForm<Act, Item, Draft, 'note'> {
  answer: Observable<Item> = of({ id: 'i-1', note: 'sent' });

  protected override readonly look: RecordActionLook = {
    formTestId: (type) => `form-${type}`,
    testId: 'act',
    cancelTestId: 'act-cancel',
    submitText: 'dev.act.submit',
  };

  protected startFrom(view: Item): Draft {
    return { note: view.note };
  }

  protected fieldOf(): 'note' | null {
    return null;
  }

  protected override dangerous(type: Act): boolean {
    return type === 'close';
  }

  protected sendOf(type: Act): RecordActionSend<'note', Item> {
    return {
      name: type === 'close' ? '关闭' : '备注',
      done: 'dev.act.done',
      missing: () => ({}),
      confirm: null,
      call: () => this.answer,
    };
  }
}

describe("the frame of a record's action form", () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        { provide: NzMessageService, useValue: { success: jest.fn() } },
        { provide: NzModalService, useValue: { confirm: jest.fn() } },
      ],
    });
  });

  const render = (type: Act, cancellable = true) =>
    rendered(NoteFormComponent, { type, view: { id: 'i-1', note: '初稿' }, cancellable });

  it('draws the fields, then the button named for the action, with the test ids of its kind', async () => {
    const { byId, root } = await render('note');

    expect(byId('form-note')?.tagName).toBe('FORM');
    expect(byId('fields')?.textContent).toBe('初稿');
    expect(byId('act-submit')?.textContent).toContain('提交：备注');
    expect(byId('act-submit')?.classList).not.toContain('ant-btn-dangerous');
    expect(byId('act-cancel')).not.toBeNull();
    expect(root.querySelector('form [data-testid="fields"] + bst-action-form-buttons')).not.toBeNull();
  });

  it('makes the button red for an act that closes something, and offers no cancel where none is wanted', async () => {
    const { byId } = await render('close', false);

    expect(byId('act-submit')?.classList).toContain('ant-btn-dangerous');
    expect(byId('act-cancel')).toBeNull();
  });

  it('sends the action from its button and hands on the record as it stands after', async () => {
    const { byId, fixture, settled } = await render('note');
    const acted: Item[] = [];
    fixture.componentInstance.acted.subscribe((item) => acted.push(item));

    byId('act-submit')!.click();
    await settled();

    expect(acted).toEqual([{ id: 'i-1', note: 'sent' }]);
  });

  it("shows a refusal with the rule's reason above the buttons, and cancels from its own button", async () => {
    const { byId, fixture, settled } = await render('note');
    fixture.componentInstance.answer = throwError(
      () => new ApiError(409, 'STEP_OUT_OF_ORDER', 'refused', [], undefined, {}, '尚未到此步骤'),
    );
    let cancelled = 0;
    fixture.componentInstance.cancelled.subscribe(() => cancelled++);

    byId('act-submit')!.click();
    await settled();
    byId('act-cancel')!.click();

    expect(byId('act-error')?.textContent).toContain('尚未到此步骤');
    expect(cancelled).toBe(1);
  });
});

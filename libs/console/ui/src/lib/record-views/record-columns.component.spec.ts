import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { ActedRecord } from '../record-actions/acted-record';
import type { ActionFormOf, RecordActions } from '../record-actions/record-action-panel.component';
import { RecordColumnsComponent } from './record-columns.component';

interface Item {
  readonly version: number;
}

@Component({
  selector: 'bst-close-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button type="button" data-testid="send" (click)="acted.emit({ version: view().version + 1 })">
    send
  </button>`,
})
class CloseFormComponent implements ActionFormOf<'close', Item> {
  readonly type = input.required<'close'>();
  readonly view = input.required<Item>();
  readonly acted = output<Item>();
  readonly cancelled = output();
}

const ACTIONS: RecordActions<'close', Item> = {
  texts: { title: 'common.actions', actingAs: 'common.actions', nothing: 'common.empty' },
  labels: { close: { zh: '办结', en: 'Close' } },
  form: CloseFormComponent,
  offered: () => ['close'],
  groups: (offered) => [{ types: offered, testId: 'row' }],
  capacities: () => [],
  testId: 'panel',
  nothingTestId: 'nothing',
};

@Component({
  selector: 'bst-record-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordColumnsComponent],
  template: `
    @let load = record.view();
    @if (load.state === 'ready') {
      <bst-record-columns [record]="record" [view]="load.value" [actions]="actions">
        <p recordMain data-testid="main">v{{ load.value.version }}</p>
        <p data-testid="side">side</p>
      </bst-record-columns>
    }
  `,
})
class RecordHostComponent {
  readonly record = new ActedRecord<Item>(
    () => 'item-1',
    () => of({ version: 1 }),
  );
  protected readonly actions = ACTIONS;
}

describe('the columns of a record’s page', () => {
  beforeEach(() => localStorage.clear());

  it('puts what happened in the wide column and the actions above the rest beside it', async () => {
    const fixture = TestBed.createComponent(RecordHostComponent);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const [main, side] = [...root.querySelectorAll<HTMLElement>('[nz-col]')];
    expect(main!.querySelector('[data-testid="main"]')!.textContent).toBe('v1');
    expect([...side!.children].map((child) => child.getAttribute('data-testid') ?? child.tagName)).toEqual([
      'BST-RECORD-ACTION-PANEL',
      'side',
    ]);
  });

  it('shows the record an action answered with', async () => {
    const fixture = TestBed.createComponent(RecordHostComponent);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    root.querySelector<HTMLElement>('[data-testid="action-close"]')!.click();
    await fixture.whenStable();
    root.querySelector<HTMLElement>('[data-testid="send"]')!.click();
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="main"]')!.textContent).toBe('v2');
  });
});

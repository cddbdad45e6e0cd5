import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  ArrowDownOutline,
  ArrowUpOutline,
  CalendarOutline,
  DeleteOutline,
} from '@ant-design/icons-angular/icons';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { type FieldSpec, FormFieldsComponent } from './form-fields.component';
import { RowMovesComponent } from './row-moves.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldsComponent, RowMovesComponent],
  template: `
    <form [formGroup]="form"><bst-form-fields [group]="form" [fields]="fields" /></form>
    <bst-row-moves [first]="true" [texts]="texts" removeTestId="row-remove" (moved)="moves.push($event)" />
  `,
})
class DemoComponent {
  readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: Validators.required }),
    note: new FormControl('', { nonNullable: true }),
    on: new FormControl<Date | null>(null),
    agreed: new FormControl(false, { nonNullable: true }),
  });
  readonly fields: readonly FieldSpec[] = [
    {
      name: 'reason',
      label: 'person.exclusion.reason',
      kind: 'textarea',
      id: 'demo-reason',
      testId: 'demo-reason',
    },
    { name: 'note', label: 'person.workUnit', id: 'demo-note' },
    { name: 'on', label: 'person.exclusion.from', kind: 'date', id: 'demo-on' },
    { name: 'agreed', label: 'person.membership.votingRights', kind: 'checkbox' },
  ];
  readonly texts = { up: 'Up', down: 'Down', remove: 'Remove' };
  readonly moves: number[] = [];
}

describe('a form declared as data', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideNzIcons([ArrowDownOutline, ArrowUpOutline, CalendarOutline, DeleteOutline])],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(DemoComponent);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('lays out each field with its label, marking those whose control requires a value', async () => {
    const { element } = await render();
    const labels = [...element.querySelectorAll('nz-form-label')].map((label) => ({
      text: label.textContent?.trim(),
      required: !!label.querySelector('.ant-form-item-required'),
      for: label.querySelector('label')?.getAttribute('for'),
    }));
    expect(labels).toEqual([
      { text: '原因', required: true, for: 'demo-reason' },
      { text: '工作单位', required: false, for: 'demo-note' },
      { text: '起始日期', required: false, for: 'demo-on' },
    ]);
    expect(element.querySelector('textarea#demo-reason')?.getAttribute('data-testid')).toBe('demo-reason');
    expect(element.querySelector('nz-date-picker')).not.toBeNull();
    expect(element.querySelector('label[nz-checkbox]')?.textContent?.trim()).toBe('表决权');
  });

  it('binds each input to its control', async () => {
    const { fixture, element } = await render();
    const note = element.querySelector<HTMLInputElement>('input#demo-note')!;
    note.value = '林场';
    note.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.controls.note.value).toBe('林场');
  });

  it('keeps the first row from going up and lets it go down', async () => {
    const { fixture, element } = await render();
    const buttons = [...element.querySelectorAll<HTMLButtonElement>('bst-row-moves button')];
    expect(buttons.map((b) => [b.getAttribute('aria-label'), b.disabled])).toEqual([
      ['Up', true],
      ['Down', false],
      ['Remove', false],
    ]);
    expect(buttons[2].getAttribute('data-testid')).toBe('row-remove');
    buttons[1].click();
    expect(fixture.componentInstance.moves).toEqual([1]);
  });
});

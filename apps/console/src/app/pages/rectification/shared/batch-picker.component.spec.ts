import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { of } from 'rxjs';
import { RectificationApi } from '@bastion/console-ui';
import { BatchPickerComponent } from './batch-picker.component';

const row = (id: string, number: string, title: string) => ({ id, number, title });

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, BatchPickerComponent],
  template: '<bst-batch-picker [formControl]="batch" />',
})
class Filters {
  readonly batch = new FormControl<string | null>('b-9');
}

describe('BatchPickerComponent', () => {
  const batches = jest.fn(() => of({ items: [row('b-1', 'PC2026-001', '第一轮巡察')] }));
  const batch = jest.fn(() => of({ row: row('b-9', 'PC2025-014', '上年度专项检查') }));

  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [{ provide: RectificationApi, useValue: { batches, batch } }],
    });
    const fixture = TestBed.createComponent(Filters);
    await fixture.whenStable();
    const picker = fixture.debugElement.children[0]!.componentInstance as BatchPickerComponent;
    return { fixture, picker };
  }

  it('names a batch chosen before the list is loaded by fetching it, above those found', async () => {
    const { picker } = await render();

    expect(batch).toHaveBeenCalledWith('b-9');
    expect(picker['options']().map((o) => o.label)).toEqual([
      'PC2025-014 上年度专项检查',
      'PC2026-001 第一轮巡察',
    ]);
  });

  it('tells the form of a pick, and of a cleared field as no batch', async () => {
    const { fixture, picker } = await render();

    picker['pick']('b-1');
    expect(fixture.componentInstance.batch.value).toBe('b-1');
    picker['pick'](picker['nothing']);
    expect(fixture.componentInstance.batch.value).toBeNull();
    expect(fixture.componentInstance.batch.touched).toBe(true);
  });

  it('is shut while its form control is', async () => {
    const { fixture, picker } = await render();

    fixture.componentInstance.batch.disable();
    expect(picker['disabled']()).toBe(true);
  });
});

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DaysLeftComponent } from './days-left.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DaysLeftComponent],
  template: `
    <bst-days-left
      [date]="date()"
      [text]="text()"
      [overdue]="overdue()"
      [dateOverdue]="dateOverdue()"
      dateTestId="due"
      textTestId="left"
      ><i data-testid="lead">●</i></bst-days-left
    >
  `,
})
class Deadline {
  readonly date = input<string | null>(null);
  readonly text = input('');
  readonly overdue = input(false);
  readonly dateOverdue = input(false);
}

describe('the days left to a deadline', () => {
  async function render(inputs: Partial<Record<'date' | 'text' | 'overdue' | 'dateOverdue', unknown>>) {
    const fixture = TestBed.createComponent(Deadline);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    return (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  }

  it('shows what the page puts first, then the date and the days left', async () => {
    const find = await render({ date: '2026-12-03', text: '剩余 5 天' });

    expect(find('lead')).not.toBeNull();
    expect(find('due')?.textContent).toBe('2026-12-03');
    expect(find('left')?.textContent).toBe('剩余 5 天');
    expect(find('left')?.classList).not.toContain('bst-overdue');
  });

  it.each([
    ['the days left only', false, false],
    ['the date too, where the page asks', true, true],
  ])('turns red once past: %s', async (_what, dateOverdue, dateRed) => {
    const find = await render({ date: '2026-12-03', text: '逾期 3 天', overdue: true, dateOverdue });

    expect(find('left')?.classList).toContain('bst-overdue');
    expect(find('due')?.classList.contains('bst-overdue')).toBe(dateRed);
  });

  it('says nothing of a deadline there is not', async () => {
    const find = await render({});

    expect(find('due')).toBeNull();
    expect(find('left')).toBeNull();
  });
});

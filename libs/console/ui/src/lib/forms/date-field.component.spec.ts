import { TestBed } from '@angular/core/testing';
import { DateFieldComponent } from './date-field.component';

describe('DateFieldComponent', () => {
  const render = async (inputs: Record<string, unknown>) => {
    const fixture = TestBed.createComponent(DateFieldComponent);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  };

  it('names the picker by its id, for the label and for the tests, and shows the problem', async () => {
    const { element } = await render({
      label: '日期',
      fieldId: 'act-deadline',
      value: null,
      problem: '此项必填',
    });

    expect(element.querySelector('[data-testid="act-deadline"] input')?.id).toBe('act-deadline');
    expect(element.querySelector('label')?.getAttribute('for')).toBe('act-deadline');
    expect(element.textContent).toContain('此项必填');
  });

  it('takes a test id of its own where the picker has no id', async () => {
    const { element } = await render({ label: '日期', testId: 'paper-0-on', value: null });

    const picker = element.querySelector('[data-testid="paper-0-on"]');
    expect(picker).not.toBeNull();
    expect(element.querySelector('label')?.getAttribute('for')).toBeNull();
  });

  it('hands on the date picked', async () => {
    const { fixture } = await render({ label: '日期', fieldId: 'd', value: null });
    const picked: (Date | null)[] = [];
    fixture.componentInstance.valueChange.subscribe((value) => picked.push(value));
    const day = new Date(2024, 4, 6);

    fixture.debugElement
      .query((node) => node.name === 'nz-date-picker')
      .triggerEventHandler('ngModelChange', day);

    expect(picked).toEqual([day]);
  });
});

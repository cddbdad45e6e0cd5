import { TestBed } from '@angular/core/testing';
import { StepNumberComponent } from './step-number.component';

describe('a stage’s number', () => {
  it('shows the place it is given, and follows it when the order changes', async () => {
    const fixture = TestBed.createComponent(StepNumberComponent);
    fixture.componentRef.setInput('n', 3);
    await fixture.whenStable();
    const disc = fixture.nativeElement as HTMLElement;

    expect(disc.textContent).toBe('3');
    fixture.componentRef.setInput('n', 2);
    await fixture.whenStable();
    expect(disc.textContent).toBe('2');
  });
});

import { TestBed } from '@angular/core/testing';
import { TranslateService } from '../i18n/translate.service';
import { LightComponent, LightLegendComponent } from './light.component';
import { LEGEND, LIGHTS, lightStyle } from './traffic-light';

describe('traffic lights', () => {
  beforeEach(() => localStorage.clear());

  it('gives each light its colour and meaning', () => {
    expect(lightStyle('green')).toEqual({ colour: '#52c41a', label: 'light.green' });
    expect(lightStyle('amber')).toEqual({ colour: '#faad14', label: 'light.amber' });
    expect(lightStyle('red')).toEqual({ colour: '#f5222d', label: 'light.red' });
    expect(lightStyle('none').label).toBe('light.none');
    expect(lightStyle(null)).toBe(LIGHTS.none);
    expect(lightStyle(undefined)).toBe(LIGHTS.none);
  });

  it('lists the three meaningful lights in the legend, from calm to urgent, with distinct colours', () => {
    expect(LEGEND).toEqual(['green', 'amber', 'red']);
    expect(new Set(LEGEND.map((l) => LIGHTS[l].colour)).size).toBe(3);
  });

  it('shows the legend in the user’s language', async () => {
    const fixture = TestBed.createComponent(LightLegendComponent);
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('按时');
    expect(text).toContain('即将到期');
    expect(text).toContain('已逾期');
    TestBed.inject(TranslateService).use('en-US');
    fixture.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Overdue');
  });

  it('names a dot by its meaning for screen readers', async () => {
    const fixture = TestBed.createComponent(LightComponent);
    fixture.componentRef.setInput('light', 'red');
    await fixture.whenStable();
    const dot = (fixture.nativeElement as HTMLElement).querySelector('[data-light]')!;
    expect(dot.getAttribute('data-light')).toBe('red');
    expect(dot.getAttribute('aria-label')).toBe('已逾期');
  });
});

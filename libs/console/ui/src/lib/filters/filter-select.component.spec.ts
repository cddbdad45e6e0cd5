import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { rendered } from '../../testing';
import { By } from '@angular/platform-browser';
import { NzSelectComponent } from 'ng-zorro-antd/select';
import { FilterSelectComponent, type OptionText } from './filter-select.component';

type Colour = 'red' | 'green';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FilterSelectComponent],
  template: `<bst-filter-select
    placeholder="颜色"
    [options]="options"
    [text]="text"
    [value]="value()"
    (picked)="value.set($event)"
    testId="demo-colour"
  />`,
})
class DemoComponent {
  readonly options: readonly Colour[] = ['red', 'green'];
  readonly text = (colour: Colour): OptionText =>
    colour === 'red' ? 'light.red' : { zh: '绿', en: 'Green' };
  readonly value = signal<Colour | null>('green');
}

describe('FilterSelectComponent', () => {
  beforeEach(() => localStorage.clear());

  it('names each value by catalogue key or by its { zh, en } pair, and clearing picks null', async () => {
    const { fixture } = await rendered(DemoComponent);
    const select = fixture.debugElement.query(By.directive(NzSelectComponent));
    expect((select.nativeElement as HTMLElement).dataset['testid']).toBe('demo-colour');
    const zorro = select.componentInstance as NzSelectComponent;
    expect(zorro.listOfTopItem.map((item) => item.nzLabel)).toEqual(['绿']);
    expect(zorro.listOfContainerItem.map((item) => item.nzLabel)).toEqual(['已逾期', '绿']);
    zorro.onClearSelection();
    expect(fixture.componentInstance.value()).toBeNull();
  });
});

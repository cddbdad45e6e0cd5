import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { rendered } from '../../testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { PickerControl, pickerControl } from './picker-control';

/** A picker of one colour: what it holds and whether it is shut, shown as text; a button picks red. */
@Component({
  selector: 'bst-colour-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [pickerControl(() => ColourPickerComponent)],
  template: `<output>{{ value() ?? '-' }}{{ disabled() ? ' (shut)' : '' }}</output>
    <button type="button" (click)="pick('red')">red</button>`,
})
class ColourPickerComponent extends PickerControl<string | null> {
  protected readonly value = signal<string | null>(null);

  writeValue(value: string | null): void {
    this.value.set(value);
  }
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ColourPickerComponent],
  template: `<bst-colour-picker [formControl]="colour" />`,
})
class HostComponent {
  readonly colour = new FormControl<string | null>('blue');
}

describe('PickerControl', () => {
  async function host() {
    const { root, host, settled } = await rendered(HostComponent);
    const shown = async () => {
      await settled();
      return root.querySelector('output')?.textContent;
    };
    return { root, colour: host.colour, shown };
  }

  it('shows what the form holds, and what it is set to later', async () => {
    const { colour, shown } = await host();
    expect(await shown()).toBe('blue');

    colour.setValue('green');

    expect(await shown()).toBe('green');
  });

  it('tells the form of a pick, and that the field was touched', async () => {
    const { root, colour, shown } = await host();

    root.querySelector('button')!.click();

    expect(colour.value).toBe('red');
    expect(colour.touched).toBe(true);
    expect(await shown()).toBe('red');
  });

  it('is shut while the form shuts it', async () => {
    const { colour, shown } = await host();

    colour.disable();

    expect(await shown()).toBe('blue (shut)');
  });
});

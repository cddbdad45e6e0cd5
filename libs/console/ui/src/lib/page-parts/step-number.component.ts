import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A stage's or step's place in its order, counted from one, in a small blue disc. */
@Component({
  selector: 'bst-step-number',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '{{ n() }}',
  styles: `
    :host {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      width: 20px;
      height: 20px;
      border-radius: 50%;
      background: #1677ff;
      color: #fff;
      font-size: 12px;
    }
  `,
})
export class StepNumberComponent {
  readonly n = input.required<number>();
}

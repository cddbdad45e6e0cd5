import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type NzButtonSize } from 'ng-zorro-antd/button';
import { ROW_HOST_STYLE } from '../imports/row-style';
import { ButtonComponent, type ButtonSpec } from './button.component';

/**
 * A row of buttons and links laid out from their `ButtonSpec`s: a page's header actions, a
 * card's links, a dialog's tools. A link opens its page; a button says which was pressed.
 */
@Component({
  selector: 'bst-button-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonComponent],
  template: `
    @for (button of buttons(); track button.key) {
      <bst-button [button]="button" [size]="size()" (pressed)="pressed.emit($event)" />
    }
  `,
  styles: ROW_HOST_STYLE,
})
export class ButtonRowComponent {
  readonly buttons = input.required<readonly ButtonSpec[]>();
  readonly size = input<NzButtonSize>('default');
  readonly pressed = output<string>();
}

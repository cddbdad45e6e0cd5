import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ButtonComponent, type ButtonSpec } from '../actions/button.component';
import type { MessageKey } from '../i18n/messages.zh-cn';

/**
 * The primary action in a list page's header: a link to the page that creates one (`link`), or a
 * button that opens the page's own form (`pressed`).
 */
@Component({
  selector: 'bst-create-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonComponent],
  template: `<bst-button [button]="button()" (pressed)="pressed.emit()" />`,
})
export class CreateButtonComponent {
  readonly label = input.required<MessageKey>();
  readonly testId = input.required<string>();
  readonly link = input<string | null>(null);
  readonly icon = input('plus');
  readonly pressed = output();

  protected readonly button = computed((): ButtonSpec => ({
    key: 'create',
    label: this.label(),
    icon: this.icon(),
    type: 'primary',
    link: this.link() ?? undefined,
    testId: this.testId(),
  }));
}

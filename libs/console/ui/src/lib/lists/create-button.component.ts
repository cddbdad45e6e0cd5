import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { KIT_IMPORTS } from '../imports/kit-imports';

/**
 * The primary action in a list page's header: a link to the page that creates one (`link`), or a
 * button that opens the page's own form (`pressed`).
 */
@Component({
  selector: 'bst-create-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, RouterLink],
  template: `
    @if (link(); as link) {
      <a nz-button nzType="primary" [routerLink]="link" [attr.data-testid]="testId()">
        <nz-icon [nzType]="icon()" />{{ label() | t }}
      </a>
    } @else {
      <button nz-button nzType="primary" type="button" (click)="pressed.emit()" [attr.data-testid]="testId()">
        <nz-icon [nzType]="icon()" />{{ label() | t }}
      </button>
    }
  `,
})
export class CreateButtonComponent {
  readonly label = input.required<MessageKey>();
  readonly testId = input.required<string>();
  readonly link = input<string | null>(null);
  readonly icon = input('plus');
  readonly pressed = output();
}

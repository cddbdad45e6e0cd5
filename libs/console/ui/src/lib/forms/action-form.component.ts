import { ChangeDetectionStrategy, Component, input, type Signal } from '@angular/core';
import type { ApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { MessageParams } from '../i18n/translate.service';
import { ActionFormButtonsComponent } from './action-form-buttons.component';

/** What the frame shows of the action being sent (a `DraftAction`): its last refusal, whether it is on its way. */
export interface ActionState {
  readonly failure: Signal<ApiError | null>;
  readonly sending: Signal<boolean>;
}

/** The frame of a form that takes one action, as one object: its test ids, its button, its action. */
export interface ActionFormFrame {
  /** The form's own test id. */
  formTestId: string;
  /** The buttons': `<testId>-submit`, `<testId>-error`. */
  testId: string;
  cancelTestId?: string | null;
  submitText: MessageKey;
  submitParams?: MessageParams;
  action: ActionState;
  /** A red button, for an act that closes or undoes something. */
  danger?: boolean;
  cancellable: boolean;
  submit(): void;
  cancel?(): void;
}

/**
 * A form that takes one action on a record (a case's step, an item's action, an application
 * opened): its fields come in as content; the frame draws the end of it (`bst-action-form-buttons`:
 * the refusal with the rule's reason, the button that takes the action, cancel) from one
 * `ActionFormFrame`, and keeps the browser from submitting the form itself.
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- the frame is the page's own form element, which keeps its own directives (nz-form's layout).
  selector: 'form[bstActionForm]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActionFormButtonsComponent, TranslatePipe],
  host: {
    '[attr.data-testid]': 'frame().formTestId',
    '(submit)': '$event.preventDefault()',
  },
  template: `
    @let f = frame();
    <ng-content />
    <bst-action-form-buttons
      [testId]="f.testId"
      [cancelTestId]="f.cancelTestId ?? null"
      [submitText]="f.submitText | t: f.submitParams"
      [failure]="f.action.failure()"
      [sending]="f.action.sending()"
      [danger]="!!f.danger"
      [cancellable]="f.cancellable"
      (submitted)="f.submit()"
      (cancelled)="f.cancel?.()"
    />
  `,
})
export class ActionFormComponent {
  readonly frame = input.required<ActionFormFrame>();
}

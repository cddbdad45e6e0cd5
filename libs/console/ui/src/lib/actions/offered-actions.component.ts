import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { KIT_IMPORTS } from '../imports/kit-imports';

/** A row of buttons: the actions in it, and how each looks. */
export interface ActionGroup<T extends string> {
  readonly types: readonly T[];
  /** Names the row for tests and the end-to-end suite. */
  readonly testId?: string;
  readonly primary?: (type: T) => boolean;
  readonly danger?: (type: T) => boolean;
}

/** The texts of one panel: its title, the words before the capacities, and when nothing is offered. */
export interface ActionPanelTexts {
  readonly title: MessageKey;
  readonly actingAs: MessageKey;
  readonly nothing: MessageKey;
}

/**
 * What the caller may do with a record, and nothing else: the buttons are exactly the actions the
 * service allows, grouped in rows, under the capacities the caller acts in. A click opens that
 * action's form, which the page projects inside; `selected` is the action open, `null` for the
 * buttons. The rectification item and the development case each fill one.
 */
@Component({
  selector: 'bst-offered-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, NzCardModule],
  template: `
    <nz-card [nzTitle]="texts().title | t" [attr.data-testid]="testId()">
      @if (capacities().length) {
        <div class="capacities">
          <span class="bst-muted">{{ texts().actingAs | t }}</span>
          @for (c of capacities(); track c) {
            <nz-tag nzColor="blue">{{ c | t }}</nz-tag>
          }
        </div>
      }
      @if (selected(); as type) {
        <h4 data-testid="action-form-title">{{ labels()[type] | label }}</h4>
        <ng-content />
      } @else {
        @for (group of groups(); track $index) {
          @if (group.types.length) {
            <div class="buttons" [attr.data-testid]="group.testId">
              @for (type of group.types; track type) {
                <button
                  nz-button
                  type="button"
                  [nzType]="group.primary?.(type) ? 'primary' : 'default'"
                  [nzDanger]="group.danger?.(type) ?? false"
                  (click)="selected.set(type)"
                  [attr.data-testid]="buttonTestId() + type"
                >
                  {{ labels()[type] | label }}
                </button>
              }
            </div>
          }
        }
        @if (nothingOffered()) {
          <span class="bst-muted" [attr.data-testid]="nothingTestId()">{{ texts().nothing | t }}</span>
        }
      }
    </nz-card>
  `,
  styles: `
    .capacities {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
      margin-bottom: 12px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .buttons + .buttons {
      margin-top: 12px;
    }
  `,
})
export class OfferedActionsComponent<T extends string> {
  readonly texts = input.required<ActionPanelTexts>();
  /** The caller's capacities, each as its text's key. */
  readonly capacities = input<readonly MessageKey[]>([]);
  readonly groups = input.required<readonly ActionGroup<T>[]>();
  readonly labels = input.required<Readonly<Record<T, { zh: string; en: string }>>>();
  readonly selected = model<T | null>(null);
  readonly testId = input<string>();
  /** Each button's test id is this followed by its action. */
  readonly buttonTestId = input('action-');
  readonly nothingTestId = input<string>();

  protected nothingOffered(): boolean {
    return this.groups().every((group) => !group.types.length);
  }
}

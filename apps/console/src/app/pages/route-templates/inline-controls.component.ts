import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FormControl, FormGroup } from '@angular/forms';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { FORM_IMPORTS, type MessageKey } from '@bastion/console-ui';

/** One choice of an inline select: the catalogue's words for it, or words given as they are. */
export interface InlineOption {
  readonly value: string;
  readonly label?: MessageKey;
  readonly text?: string;
  readonly disabled?: boolean;
}

/**
 * One compact control in a line of them, as data: a choice, a whole number, an on-off switch,
 * or words between them (`hint`: in grey, smaller). `label` names the control for a screen
 * reader (the words themselves, for words); `when` shows it only while the group's values call
 * for it.
 */
export interface InlineControl {
  readonly key: string;
  readonly kind: 'select' | 'number' | 'switch' | 'words' | 'hint';
  readonly label: MessageKey;
  readonly options?: readonly InlineOption[];
  readonly min?: number;
  readonly max?: number;
  readonly width?: string;
  readonly placeholder?: MessageKey;
  readonly testId?: string;
  readonly when?: (value: Readonly<Record<string, unknown>>) => boolean;
}

/** A choice among a few values, each named by its catalogue key (in the order given). */
export function inlineChoice(
  key: string,
  label: MessageKey,
  width: string,
  named: Readonly<Record<string, MessageKey>>,
  more: Partial<InlineControl> = {},
): InlineControl {
  return {
    key,
    kind: 'select',
    label,
    width,
    options: Object.entries(named).map(([value, words]) => ({ value, label: words })),
    ...more,
  };
}

/**
 * A line of compact controls of one group laid out from their `InlineControl`s, each at its own
 * width with its problem under it: the parts of a rule (a role at an organisation so many levels
 * up) or of a stage's counting, time limit and expiry. With a `label` the line is a form item
 * under that label; without, the controls stand in their parent's line.
 */
@Component({
  selector: 'bst-inline-controls',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...FORM_IMPORTS, NgTemplateOutlet, NzInputNumberModule, NzSwitchModule],
  template: `
    @if (label(); as label) {
      <nz-form-item>
        <nz-form-label>{{ label | t }}</nz-form-label>
        <div class="line"><ng-container [ngTemplateOutlet]="line" /></div>
      </nz-form-item>
    } @else {
      <ng-container [ngTemplateOutlet]="line" />
    }
    <ng-template #line>
      @let value = group().getRawValue();
      @for (c of controls(); track c.key) {
        @if (!c.when || c.when(value)) {
          @let control = controlOf(c);
          @switch (c.kind) {
            @case ('words') {
              <span class="words">{{ c.label | t }}</span>
            }
            @case ('hint') {
              <span class="bst-muted words hint">{{ c.label | t }}</span>
            }
            @case ('switch') {
              <nz-switch [formControl]="control" [attr.aria-label]="c.label | t" />
            }
            @case ('select') {
              <nz-form-control [nzErrorTip]="control.errors | fieldError">
                <nz-select
                  [formControl]="control"
                  [style.width]="c.width"
                  [nzPlaceHolder]="c.placeholder ? (c.placeholder | t) : ''"
                  [attr.data-testid]="c.testId ?? null"
                >
                  @for (o of c.options; track o.value) {
                    <nz-option
                      [nzValue]="o.value"
                      [nzLabel]="o.text ?? (o.label! | t)"
                      [nzDisabled]="!!o.disabled"
                    />
                  }
                </nz-select>
              </nz-form-control>
            }
            @case ('number') {
              <nz-form-control [nzErrorTip]="control.errors | fieldError">
                <nz-input-number
                  [formControl]="control"
                  [nzMin]="c.min ?? 0"
                  [nzMax]="c.max ?? maxNumber"
                  [nzPrecision]="0"
                  [attr.aria-label]="c.label | t"
                />
              </nz-form-control>
            }
          }
        }
      }
    </ng-template>
  `,
  styles: `
    :host {
      display: contents;
    }
    /*
     * A control beside others keeps its own width instead of the form's full line, which a
     * vertical form's own rule (five classes deep) gives every control in a form item.
     */
    nz-form-control {
      flex: 0 0 auto !important;
      width: auto !important;
      max-width: none !important;
    }
    nz-switch {
      margin-top: 5px;
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px;
    }
    .words {
      line-height: 32px;
    }
    .hint {
      font-size: 12px;
    }
  `,
})
export class InlineControlsComponent {
  readonly group = input.required<FormGroup>();
  readonly controls = input.required<readonly InlineControl[]>();
  readonly label = input<MessageKey | null>(null);

  protected readonly maxNumber = Infinity;

  protected controlOf(control: InlineControl): FormControl {
    return this.group().get(control.key) as FormControl;
  }
}

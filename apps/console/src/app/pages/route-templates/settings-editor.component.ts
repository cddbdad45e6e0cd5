import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import {
  FormFieldComponent,
  type MessageKey,
  PersonPickerComponent,
  TranslatePipe,
} from '@bastion/console-ui';
import type { SettingsGroup } from './template-form-groups';

/** The route's settings: rejection, resubmission, who is skipped, who takes an empty stage, withdrawal, recall, urging. */
@Component({
  selector: 'bst-settings-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzFormModule,
    NzInputNumberModule,
    NzRadioModule,
    NzSwitchModule,
    PersonPickerComponent,
    FormFieldComponent,
    TranslatePipe,
  ],
  template: `
    <!-- eslint-disable @angular-eslint/template/label-has-associated-control -- ng-zorro's radios and checkboxes render their input inside the label. -->
    <div [formGroup]="group()" nz-form nzLayout="vertical" class="grid">
      @for (setting of choices; track setting.control) {
        <nz-form-item>
          <nz-form-label>{{ setting.label | t }}</nz-form-label>
          <nz-radio-group [formControlName]="setting.control">
            @for (option of setting.options; track option.value) {
              <label nz-radio [nzValue]="option.value">{{ option.label | t }}</label>
            }
          </nz-radio-group>
        </nz-form-item>
        @if (setting.control === 'whenNobody' && group().controls.whenNobody.value === 'process_admin') {
          <bst-field
            [label]="'settings.processAdmins' | t"
            [required]="true"
            [control]="group().controls.processAdmins"
          >
            <bst-person-picker formControlName="processAdmins" [max]="10" testId="settings-process-admins" />
          </bst-field>
        }
      }
      @for (setting of switches; track setting.control) {
        <nz-form-item>
          <nz-form-label>{{ setting.label | t }}</nz-form-label>
          <nz-switch [formControlName]="setting.control" [attr.aria-label]="setting.label | t" />
        </nz-form-item>
      }
      <bst-field [label]="'settings.urgeInterval' | t" [control]="group().controls.urgeIntervalMinutes">
        <nz-input-number
          formControlName="urgeIntervalMinutes"
          [nzMin]="1"
          [nzMax]="1440"
          [nzPrecision]="0"
          [attr.aria-label]="'settings.urgeInterval' | t"
        />
      </bst-field>
    </div>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      gap: 0 24px;
    }
  `,
})
export class SettingsEditorComponent {
  readonly group = input.required<SettingsGroup>();
  protected readonly choices = SETTING_CHOICES;
  protected readonly switches = [
    { control: 'allowRecall', label: 'settings.allowRecall' },
    { control: 'allowAutoDecision', label: 'settings.allowAutoDecision' },
  ] as const satisfies readonly { control: string; label: MessageKey }[];
}

interface SettingChoice {
  control:
    | 'onReject'
    | 'resubmitFrom'
    | 'submitterAsAssignee'
    | 'sameAssigneeConsecutive'
    | 'whenNobody'
    | 'withdraw';
  label: MessageKey;
  options: readonly { value: string; label: MessageKey }[];
}

const SKIP_OR_ACT: SettingChoice['options'] = [
  { value: 'skip', label: 'settings.skip' },
  { value: 'act', label: 'settings.act' },
];

/** The settings chosen among a few answers, in the order the editor shows them. */
const SETTING_CHOICES: readonly SettingChoice[] = [
  {
    control: 'onReject',
    label: 'settings.onReject',
    options: [
      { value: 'end', label: 'settings.onReject.end' },
      { value: 'return_to_submitter', label: 'settings.onReject.return' },
    ],
  },
  {
    control: 'resubmitFrom',
    label: 'settings.resubmitFrom',
    options: [
      { value: 'returning_stage', label: 'settings.resubmitFrom.returning' },
      { value: 'start', label: 'settings.resubmitFrom.start' },
    ],
  },
  { control: 'submitterAsAssignee', label: 'settings.submitterAsAssignee', options: SKIP_OR_ACT },
  { control: 'sameAssigneeConsecutive', label: 'settings.sameAssigneeConsecutive', options: SKIP_OR_ACT },
  {
    control: 'whenNobody',
    label: 'settings.whenNobody',
    options: [
      { value: 'escalate', label: 'settings.whenNobody.escalate' },
      { value: 'process_admin', label: 'settings.whenNobody.admin' },
    ],
  },
  {
    control: 'withdraw',
    label: 'settings.withdraw',
    options: [
      { value: 'until_first_action', label: 'settings.withdraw.untilFirst' },
      { value: 'anytime', label: 'settings.withdraw.anytime' },
    ],
  },
];

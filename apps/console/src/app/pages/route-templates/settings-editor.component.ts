import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { FormFieldComponent, PersonPickerComponent, TranslatePipe } from '@bastion/console-ui';
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
      <nz-form-item>
        <nz-form-label>{{ 'settings.onReject' | t }}</nz-form-label>
        <nz-radio-group formControlName="onReject">
          <label nz-radio nzValue="end">{{ 'settings.onReject.end' | t }}</label>
          <label nz-radio nzValue="return_to_submitter">{{ 'settings.onReject.return' | t }}</label>
        </nz-radio-group>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label>{{ 'settings.resubmitFrom' | t }}</nz-form-label>
        <nz-radio-group formControlName="resubmitFrom">
          <label nz-radio nzValue="returning_stage">{{ 'settings.resubmitFrom.returning' | t }}</label>
          <label nz-radio nzValue="start">{{ 'settings.resubmitFrom.start' | t }}</label>
        </nz-radio-group>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label>{{ 'settings.submitterAsAssignee' | t }}</nz-form-label>
        <nz-radio-group formControlName="submitterAsAssignee">
          <label nz-radio nzValue="skip">{{ 'settings.skip' | t }}</label>
          <label nz-radio nzValue="act">{{ 'settings.act' | t }}</label>
        </nz-radio-group>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label>{{ 'settings.sameAssigneeConsecutive' | t }}</nz-form-label>
        <nz-radio-group formControlName="sameAssigneeConsecutive">
          <label nz-radio nzValue="skip">{{ 'settings.skip' | t }}</label>
          <label nz-radio nzValue="act">{{ 'settings.act' | t }}</label>
        </nz-radio-group>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label>{{ 'settings.whenNobody' | t }}</nz-form-label>
        <nz-radio-group formControlName="whenNobody">
          <label nz-radio nzValue="escalate">{{ 'settings.whenNobody.escalate' | t }}</label>
          <label nz-radio nzValue="process_admin">{{ 'settings.whenNobody.admin' | t }}</label>
        </nz-radio-group>
      </nz-form-item>
      @if (group().controls.whenNobody.value === 'process_admin') {
        <bst-field
          [label]="'settings.processAdmins' | t"
          [required]="true"
          [control]="group().controls.processAdmins"
        >
          <bst-person-picker formControlName="processAdmins" [max]="10" testId="settings-process-admins" />
        </bst-field>
      }
      <nz-form-item>
        <nz-form-label>{{ 'settings.withdraw' | t }}</nz-form-label>
        <nz-radio-group formControlName="withdraw">
          <label nz-radio nzValue="until_first_action">{{ 'settings.withdraw.untilFirst' | t }}</label>
          <label nz-radio nzValue="anytime">{{ 'settings.withdraw.anytime' | t }}</label>
        </nz-radio-group>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label>{{ 'settings.allowRecall' | t }}</nz-form-label>
        <nz-switch formControlName="allowRecall" [attr.aria-label]="'settings.allowRecall' | t" />
      </nz-form-item>
      <nz-form-item>
        <nz-form-label>{{ 'settings.allowAutoDecision' | t }}</nz-form-label>
        <nz-switch formControlName="allowAutoDecision" [attr.aria-label]="'settings.allowAutoDecision' | t" />
      </nz-form-item>
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
}

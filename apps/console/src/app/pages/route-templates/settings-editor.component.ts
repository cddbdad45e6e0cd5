import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { FORM_IMPORTS, type FieldLayout, type FieldSpec, type MessageKey } from '@bastion/console-ui';
import type { SettingsValue } from './template-form';
import type { SettingsGroup } from './template-form-groups';

/** The route's settings: rejection, resubmission, who is skipped, who takes an empty stage, withdrawal, recall, urging. */
@Component({
  selector: 'bst-settings-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...FORM_IMPORTS, NzInputNumberModule],
  template: `
    @let g = group();
    <div [formGroup]="g" nz-form nzLayout="vertical">
      <bst-form-fields
        class="grid"
        [group]="g"
        [layout]="g.controls.whenNobody.value === 'process_admin' ? layouts.withAdmins : layouts.plain"
      >
        <ng-template bstFieldSlot="urgeIntervalMinutes">
          <nz-input-number
            formControlName="urgeIntervalMinutes"
            [nzMin]="1"
            [nzMax]="1440"
            [nzPrecision]="0"
            [attr.aria-label]="'settings.urgeInterval' | t"
          />
        </ng-template>
      </bst-form-fields>
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
  protected readonly layouts = LAYOUTS;
}

type SettingKey = keyof SettingsValue & string;

/** A setting chosen among a few answers, labelled `settings.<key>`; the answers' words by value. */
function choice(key: SettingKey, answers: Readonly<Record<string, MessageKey>>): FieldSpec {
  return {
    key,
    kind: 'radio',
    label: `settings.${key}` as MessageKey,
    required: false,
    options: Object.entries(answers).map(([value, label]) => ({ value, label })),
  };
}

/** A setting switched on or off, labelled `settings.<key>`. */
function onOff(key: SettingKey): FieldSpec {
  return {
    key,
    kind: 'switch',
    label: `settings.${key}` as MessageKey,
    id: `settings-${key}`,
    required: false,
  };
}

const SKIP_OR_ACT = { skip: 'settings.skip', act: 'settings.act' } as const;

/** The settings in the order the editor shows them; whoever takes an empty stage follows its answer. */
const BEFORE_ADMINS: FieldLayout = [
  choice('onReject', { end: 'settings.onReject.end', return_to_submitter: 'settings.onReject.return' }),
  choice('resubmitFrom', {
    returning_stage: 'settings.resubmitFrom.returning',
    start: 'settings.resubmitFrom.start',
  }),
  choice('submitterAsAssignee', SKIP_OR_ACT),
  choice('sameAssigneeConsecutive', SKIP_OR_ACT),
  choice('whenNobody', {
    escalate: 'settings.whenNobody.escalate',
    process_admin: 'settings.whenNobody.admin',
  }),
];
const AFTER_ADMINS: FieldLayout = [
  choice('withdraw', {
    until_first_action: 'settings.withdraw.untilFirst',
    anytime: 'settings.withdraw.anytime',
  }),
  onOff('allowRecall'),
  onOff('allowAutoDecision'),
  { key: 'urgeIntervalMinutes', kind: 'slot', label: 'settings.urgeInterval', required: false },
];
const PROCESS_ADMINS: FieldSpec = {
  key: 'processAdmins',
  kind: 'person',
  label: 'settings.processAdmins',
  required: true,
  people: { max: 10 },
  testId: 'settings-process-admins',
};
const LAYOUTS = {
  plain: [...BEFORE_ADMINS, ...AFTER_ADMINS],
  withAdmins: [...BEFORE_ADMINS, PROCESS_ADMINS, ...AFTER_ADMINS],
} as const satisfies Record<string, FieldLayout>;

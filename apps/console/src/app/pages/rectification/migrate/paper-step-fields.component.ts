import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PaperItemStepType } from '@bastion/rectification-contracts';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import {
  DateFieldComponent,
  FormFieldComponent,
  type MessageKey,
  PersonPickerComponent,
  TranslatePipe,
} from '@bastion/console-ui';
import { FIELDS, type PaperStepDraft, type PaperStepField } from './paper-draft';

/** What "yes" means for each kind of decision. */
const YES: Partial<Record<PaperItemStepType, [MessageKey, MessageKey]>> = {
  plan_decision: ['rect.paper.approved', 'rect.paper.notApproved'],
  extension_decision: ['rect.paper.approved', 'rect.paper.notApproved'],
  acceptance_decision: ['rect.paper.passed', 'rect.paper.failed'],
  look_back: ['rect.field.holds', 'rect.field.relapsed'],
};

/**
 * The fields of one paper step: its date, then what its kind records. Each field shows the
 * problem found with it, the console's own or the service's.
 */
@Component({
  selector: 'bst-paper-step-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateFieldComponent,
    FormsModule,
    NzInputModule,
    NzInputNumberModule,
    NzRadioModule,
    FormFieldComponent,
    PersonPickerComponent,
    TranslatePipe,
  ],
  template: `
    @let d = draft();
    @let p = problems();
    @let id = testId();
    <div class="bst-form-row">
      <bst-date-field
        [label]="'rect.paper.on' | t"
        [required]="true"
        [testId]="id + '-on'"
        [problem]="p.on"
        [value]="d.on"
        (valueChange)="set('on', $event)"
      />
      @if (shows('deadline')) {
        <bst-date-field
          [label]="'rect.field.deadline' | t"
          [required]="true"
          [testId]="id + '-deadline'"
          [problem]="p.deadline"
          [value]="d.deadline"
          (valueChange)="set('deadline', $event)"
        />
      }
      @if (shows('percent')) {
        <bst-field [label]="'rect.field.percent' | t" [required]="true" [problem]="p.percent">
          <nz-input-number
            [nzMin]="0"
            [nzMax]="100"
            [ngModel]="d.percent"
            (ngModelChange)="set('percent', $event)"
            [attr.data-testid]="id + '-percent'"
          />
        </bst-field>
      }
    </div>
    @if (shows('owner')) {
      <div class="bst-form-row">
        <bst-field [label]="'rect.field.owner' | t" [required]="true" [problem]="p.owner">
          <bst-person-picker
            [max]="1"
            [ngModel]="d.owner"
            (ngModelChange)="set('owner', $event)"
            [testId]="id + '-owner'"
          />
        </bst-field>
        <bst-field [label]="'rect.field.leader' | t" [required]="true" [problem]="p.leader">
          <bst-person-picker
            [max]="1"
            [ngModel]="d.leader"
            (ngModelChange)="set('leader', $event)"
            [testId]="id + '-leader'"
          />
        </bst-field>
      </div>
    }
    @if (shows('measures')) {
      <bst-field [label]="'rect.field.measures' | t" [required]="true" [problem]="p.measures">
        <textarea
          nz-input
          rows="2"
          [ngModel]="d.measures"
          (ngModelChange)="set('measures', $event)"
          [attr.data-testid]="id + '-measures'"
        ></textarea>
      </bst-field>
      <bst-field [label]="'rect.field.target' | t" [required]="true" [problem]="p.target">
        <input
          nz-input
          [ngModel]="d.target"
          (ngModelChange)="set('target', $event)"
          [attr.data-testid]="id + '-target'"
        />
      </bst-field>
    }
    @if (yes(); as words) {
      <bst-field [label]="'rect.paper.decision' | t" [problem]="p.yes">
        <nz-radio-group
          [ngModel]="d.yes"
          (ngModelChange)="set('yes', $event)"
          [attr.data-testid]="id + '-yes'"
        >
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- ng-zorro renders the input inside this label. -->
          <label nz-radio [nzValue]="true">{{ words[0] | t }}</label>
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- as above. -->
          <label nz-radio [nzValue]="false">{{ words[1] | t }}</label>
        </nz-radio-group>
      </bst-field>
    }
    <div class="bst-form-row">
      @if (shows('newDeadline') && (type() === 'request_extension' || !d.yes)) {
        <bst-date-field
          [label]="
            (type() === 'request_extension' ? 'rect.field.newDeadline' : 'rect.paper.secondDeadline') | t
          "
          [required]="type() === 'request_extension'"
          [testId]="id + '-newDeadline'"
          [problem]="p.newDeadline"
          [value]="d.newDeadline"
          (valueChange)="set('newDeadline', $event)"
        />
      }
      @if (shows('lookBackDue') && d.yes) {
        <bst-date-field
          [label]="'rect.paper.lookBackDue' | t"
          [testId]="id + '-lookBackDue'"
          [problem]="p.lookBackDue"
          [value]="d.lookBackDue"
          (valueChange)="set('lookBackDue', $event)"
        />
      }
    </div>
    <bst-field
      [label]="(type() === 'request_extension' ? 'rect.field.reason' : 'rect.field.note') | t"
      [required]="noteRequired()"
      [problem]="p.note"
    >
      <textarea
        nz-input
        rows="2"
        [ngModel]="d.note"
        (ngModelChange)="set('note', $event)"
        [attr.data-testid]="id + '-note'"
      ></textarea>
    </bst-field>
  `,
  styles: ':host { display: block; }',
})
export class PaperStepFieldsComponent {
  readonly type = input.required<PaperItemStepType>();
  readonly draft = input.required<PaperStepDraft>();
  readonly problems = input<Partial<Record<PaperStepField, string>>>({});
  readonly testId = input('paper');
  readonly draftChange = output<PaperStepDraft>();

  protected readonly yes = computed(() => YES[this.type()] ?? null);
  protected readonly noteRequired = computed(() =>
    ['progress', 'evidence', 'request_extension', 'submit_acceptance', 'look_back'].includes(this.type()),
  );

  protected shows(field: PaperStepField): boolean {
    return FIELDS[this.type()].includes(field);
  }

  protected set<K extends PaperStepField>(field: K, value: PaperStepDraft[K]): void {
    this.draftChange.emit({ ...this.draft(), [field]: value });
  }
}

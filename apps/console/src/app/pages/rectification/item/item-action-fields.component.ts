import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PersonRef } from '@bastion/approvals-contracts';
import type { ItemActionType, ItemView } from '@bastion/rectification-contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSliderModule } from 'ng-zorro-antd/slider';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import {
  DateFieldComponent,
  FormFieldComponent,
  LabelPipe,
  type MessageKey,
  OrgPickerComponent,
  PersonPickerComponent,
  TranslatePipe,
} from '@bastion/console-ui';
import { CATEGORIES, LABELS, SERIOUSNESS } from '../rectification-labels';
import { ItemPickerComponent } from '../shared/item-picker.component';
import type { ItemDraft, ItemDraftField } from './item-action-model';
import { MilestoneEditorComponent } from './milestone-editor.component';

/** Bodies an item is commonly handed over to (移交); the field takes any other name as well. */
const HAND_OVER_TO: readonly MessageKey[] = [
  'rect.handOver.discipline',
  'rect.handOver.orgDept',
  'rect.handOver.department',
];

/**
 * The fields an action on an item has of its own (the owner, the plan, a deadline, the body it is
 * handed over to …); the note and the files every action may carry are the form's.
 */
@Component({
  selector: 'bst-item-action-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateFieldComponent,
    FormsModule,
    NgTemplateOutlet,
    NzCheckboxModule,
    NzInputModule,
    NzInputNumberModule,
    NzRadioModule,
    NzSelectModule,
    NzSliderModule,
    NzSwitchModule,
    FormFieldComponent,
    ItemPickerComponent,
    LabelPipe,
    MilestoneEditorComponent,
    OrgPickerComponent,
    PersonPickerComponent,
    TranslatePipe,
  ],
  templateUrl: './item-action-fields.component.html',
  styles: `
    :host {
      display: block;
    }
    .switch {
      display: inline-flex;
      gap: 8px;
      align-items: center;
    }
    .percent {
      display: grid;
      grid-template-columns: 1fr 88px;
      gap: 12px;
      align-items: center;
    }
  `,
})
export class ItemActionFieldsComponent {
  readonly type = input.required<ItemActionType>();
  readonly view = input.required<ItemView>();
  readonly draft = model.required<ItemDraft>();
  readonly problems = input<Partial<Record<ItemDraftField, string>>>({});

  protected readonly labels = LABELS;
  protected readonly categories = CATEGORIES;
  protected readonly seriousness = SERIOUSNESS;
  protected readonly handOverTo = HAND_OVER_TO;
  protected readonly months = [1, 2, 3, 4, 5, 6];

  protected readonly record = computed(() => this.view().record);
  /** People already on the item, to pick without searching the directory. */
  protected readonly people = computed(() =>
    [this.record().owner, this.record().leader].filter((p): p is PersonRef => p !== null),
  );
  protected readonly openMilestones = computed(() =>
    (this.record().longTerm?.milestones ?? [])
      .map((milestone, index) => ({ ...milestone, index }))
      .filter((m) => m.doneOn === null),
  );
  /** The item itself and those already linked are not offered again. */
  protected readonly excludedFromLinks = computed(() => [this.record().itemId, ...this.record().links]);

  protected set<K extends keyof ItemDraft>(field: K, value: ItemDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
  }
}

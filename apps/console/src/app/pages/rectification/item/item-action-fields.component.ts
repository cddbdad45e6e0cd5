import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PersonRef } from '@bastion/approvals-contracts';
import type { ItemActionType, ItemView } from '@bastion/rectification-contracts';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSliderModule } from 'ng-zorro-antd/slider';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import {
  FormFieldsComponent,
  FieldSlotDirective,
  labelledOptions,
  RectificationFiles,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import { CATEGORIES, LABELS, SERIOUSNESS } from '../rectification-labels';
import { ItemPickerComponent } from '../shared/item-picker.component';
import { itemActionLayout } from './item-action-layout';
import type { ItemDraft, ItemDraftField } from './item-action-model';
import { MilestoneEditorComponent } from './milestone-editor.component';

/**
 * The fields of an action on an item (the owner, the plan, a deadline, the body it is handed over
 * to …, the note and the files), as `item-action-layout.ts` lists them for each action.
 */
@Component({
  selector: 'bst-item-action-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormFieldsComponent,
    FieldSlotDirective,
    FormsModule,
    ItemPickerComponent,
    MilestoneEditorComponent,
    NzInputNumberModule,
    NzSliderModule,
    NzSwitchModule,
    TranslatePipe,
  ],
  template: `
    @let d = draft();
    @if (type() === 'request_extension') {
      <div class="bst-muted">{{ 'rect.field.currentDeadline' | t: { date: record().deadline ?? '—' } }}</div>
    }
    @if (type() === 'transfer') {
      <div class="bst-muted">{{ 'rect.field.transferHint' | t }}</div>
    }
    <bst-form-fields
      [layout]="layout()"
      [(draft)]="draft"
      [problems]="problems()"
      testId="act"
      [store]="files.store"
    >
      <ng-template bstFieldSlot="percent">
        <div class="percent">
          <nz-slider
            [nzMin]="0"
            [nzMax]="100"
            [nzStep]="5"
            [ngModel]="d.percent"
            (ngModelChange)="set('percent', $event)"
            data-testid="act-percent"
          />
          <nz-input-number
            [nzMin]="0"
            [nzMax]="100"
            [nzStep]="1"
            [ngModel]="d.percent"
            (ngModelChange)="set('percent', $event ?? 0)"
            [attr.aria-label]="'rect.field.percent' | t"
          />
        </div>
      </ng-template>
      <ng-template bstFieldSlot="milestones">
        <bst-milestone-editor [milestones]="d.milestones" (milestonesChange)="set('milestones', $event)" />
      </ng-template>
      <ng-template bstFieldSlot="on">
        <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- the switch renders its input inside the label. -->
        <label class="switch">
          <nz-switch [ngModel]="d.on" (ngModelChange)="set('on', $event)" data-testid="act-named" />
          {{ (d.on ? 'rect.field.namedOn' : 'rect.field.namedOff') | t }}
        </label>
      </ng-template>
      <ng-template bstFieldSlot="linkIds">
        <bst-item-picker
          [exclude]="excludedFromLinks()"
          [ngModel]="d.linkIds"
          (ngModelChange)="set('linkIds', $event)"
          testId="act-link-items"
        />
      </ng-template>
    </bst-form-fields>
  `,
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
  protected readonly files = inject(RectificationFiles);
  private readonly i18n = inject(TranslateService);

  readonly type = input.required<ItemActionType>();
  readonly view = input.required<ItemView>();
  readonly draft = model.required<ItemDraft>();
  readonly problems = input<Partial<Record<ItemDraftField, string>>>({});

  protected readonly record = computed(() => this.view().record);
  /** The item itself and those already linked are not offered again. */
  protected readonly excludedFromLinks = computed(() => [this.record().itemId, ...this.record().links]);

  protected readonly layout = computed(() => {
    const record = this.record();
    return itemActionLayout(this.type(), {
      relapsed: this.draft().holds === false,
      people: [record.owner, record.leader].filter((p): p is PersonRef => p !== null),
      categories: labelledOptions(this.i18n, CATEGORIES, LABELS.category),
      seriousness: labelledOptions(this.i18n, SERIOUSNESS, LABELS.seriousness),
      openMilestones: (record.longTerm?.milestones ?? [])
        .map((m, index) => ({ value: index, text: `${m.title} (${m.due})`, done: m.doneOn !== null }))
        .filter((m) => !m.done),
      linked: this.view().links.map((l) => ({ value: l.id, text: `${l.number} ${l.problem}` })),
    });
  });

  protected set<K extends keyof ItemDraft>(field: K, value: ItemDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
  }
}

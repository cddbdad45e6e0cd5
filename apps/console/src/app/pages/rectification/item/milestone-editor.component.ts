import { ChangeDetectionStrategy, Component, computed, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { ButtonComponent, type ButtonSpec, KIT_IMPORTS } from '@bastion/console-ui';
import type { MilestoneDraft } from './item-action-model';

/** The service takes at most this many milestones. */
const MAX_MILESTONES = 20;

/** 转长期整改's milestones: a title and a due date each, added and removed in place. */
@Component({
  selector: 'bst-milestone-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, ButtonComponent, FormsModule, NzDatePickerModule, NzInputModule],
  template: `
    @for (m of milestones(); track $index; let i = $index) {
      <div class="row" data-testid="milestone-row">
        <span class="index">{{ i + 1 }}</span>
        <input
          nz-input
          maxlength="200"
          [placeholder]="'rect.milestone.title' | t"
          [attr.aria-label]="'rect.milestone.title' | t"
          [ngModel]="m.title"
          (ngModelChange)="change(i, { title: $event })"
        />
        <nz-date-picker
          nzFormat="yyyy-MM-dd"
          [nzPlaceHolder]="'rect.milestone.due' | t"
          [ngModel]="m.due"
          (ngModelChange)="change(i, { due: $event })"
        />
        <bst-button [button]="removeButton(i)" (pressed)="remove(i)" />
      </div>
    }
    <bst-button [button]="addButton()" (pressed)="add()" />
  `,
  styles: `
    .row {
      display: grid;
      grid-template-columns: 24px 1fr 150px 32px;
      gap: 8px;
      align-items: center;
      margin-bottom: 8px;
    }
    .index {
      color: rgba(0, 0, 0, 0.45);
      text-align: right;
    }
  `,
})
export class MilestoneEditorComponent {
  readonly milestones = model<MilestoneDraft[]>([]);
  /** Another milestone, while the service would take one. */
  protected readonly addButton = computed((): ButtonSpec => ({
    key: 'add',
    label: 'rect.milestone.add',
    icon: 'plus',
    type: 'dashed',
    disabled: this.milestones().length >= MAX_MILESTONES,
    testId: 'milestone-add',
  }));

  /** Removes milestone `i`; the last one stays. */
  protected removeButton(i: number): ButtonSpec {
    return {
      key: 'remove',
      label: 'rect.milestone.remove',
      params: { n: i + 1 },
      icon: 'delete',
      type: 'text',
      iconOnly: true,
      disabled: this.milestones().length === 1,
    };
  }

  protected change(index: number, changes: Partial<MilestoneDraft>): void {
    this.milestones.update((list) => list.map((m, i) => (i === index ? { ...m, ...changes } : m)));
  }

  protected add(): void {
    this.milestones.update((list) => [...list, { title: '', due: null }]);
  }

  protected remove(index: number): void {
    this.milestones.update((list) => list.filter((_, i) => i !== index));
  }
}

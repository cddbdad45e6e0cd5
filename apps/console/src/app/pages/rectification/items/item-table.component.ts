import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ItemListView, ItemRow } from '@bastion/rectification-contracts';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import {
  LabelPipe,
  LightComponent,
  type MessageKey,
  ProvisionalTagComponent,
  TranslatePipe,
} from '@bastion/console-ui';
import { LABELS, statusColour } from '../rectification-labels';
import { CountdownComponent } from '../shared/countdown.component';
import { ItemFlagsComponent } from '../shared/item-flags.component';

/**
 * Items as one of the three lists: 任务清单 (what is to be done by when), 问题清单 (what was
 * found, where), 责任清单 (who answers for it). Each row opens the item.
 */
@Component({
  selector: 'bst-item-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    RouterLink,
    NzEmptyModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
    CountdownComponent,
    ItemFlagsComponent,
    LabelPipe,
    LightComponent,
    ProvisionalTagComponent,
    TranslatePipe,
  ],
  templateUrl: './item-table.component.html',
  styles: `
    .problem {
      max-width: 420px;
    }
    .clip {
      display: -webkit-box;
      overflow: hidden;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
    }
  `,
})
export class ItemTableComponent {
  readonly view = input<ItemListView>('task');
  readonly rows = input.required<readonly ItemRow[]>();
  readonly loading = input(false);
  readonly emptyText = input<MessageKey>('rect.items.empty');

  protected readonly labels = LABELS;
  protected readonly statusColour = statusColour;
}

import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { ItemView, PendingSignOff } from '@bastion/rectification-contracts';
import { signOffLabels } from '@bastion/rectification-contracts';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import {
  ActedRecord,
  PAGE_IMPORTS,
  RECORD_PAGE,
  RecordColumnsComponent,
  RectificationApi,
} from '@bastion/console-ui';
import { LABELS, statusColour } from '../rectification-labels';
import { CountdownComponent } from '../shared/countdown.component';
import { ItemFlagsComponent } from '../shared/item-flags.component';
import { EvidenceComponent } from './evidence.component';
import { ITEM_ACTIONS } from './item-actions';
import { ItemTimelineComponent } from './item-timeline.component';
import { LadderComponent } from './ladder.component';
import { LifecycleComponent } from './lifecycle.component';

/**
 * One rectification item: what was found and who answers for it, its lifecycle with the current
 * stage highlighted, the deadline and the ladder rungs fired, the sign-off under way (in the
 * approvals inbox), its record and evidence, and the steps the caller may take now. An action's
 * answer is the item as it now stands, shown at once.
 */
@Component({
  selector: 'bst-item-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...PAGE_IMPORTS,
    NzProgressModule,
    CountdownComponent,
    EvidenceComponent,
    ItemFlagsComponent,
    ItemTimelineComponent,
    LadderComponent,
    LifecycleComponent,
    ...RECORD_PAGE,
    RecordColumnsComponent,
  ],
  templateUrl: './item-page.component.html',
  styles: `
    .linked {
      margin-top: 8px;
    }
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .aside {
      margin-left: 6px;
    }
    .problem {
      white-space: pre-wrap;
      line-height: 1.8;
    }
    .problem-title {
      display: inline-block;
      margin: 0 8px;
      max-width: 720px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      vertical-align: bottom;
    }
  `,
})
export class ItemPageComponent {
  private readonly api = inject(RectificationApi);

  protected readonly labels = LABELS;
  protected readonly statusColour = statusColour;
  protected readonly signOffLabels = signOffLabels;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly record = new ActedRecord(this.id, (id) => this.api.item(id));
  protected readonly actions = ITEM_ACTIONS;

  /** The sign-offs under way, unless the item was terminated. */
  protected pendings(view: ItemView): PendingSignOff[] {
    if (view.row.status === 'terminated') return [];
    const { pending, pendingExtension } = view.record;
    return [pending, pendingExtension].filter((p): p is PendingSignOff => p !== null);
  }

  /** 催办 is rate-limited: when the next urge is taken, if that is still ahead. */
  protected urgeWait(record: ItemView['record']): string | null {
    const until = record.urgeNotBefore;
    return until && Date.parse(until) > Date.now() ? until : null;
  }

  /** The item's terminate call, for the administrator's 终止 dialog. */
  protected readonly terminate = (reason: string) => this.api.terminateItem(this.id(), { reason });

  /** Whether the item's workflow still runs: not closed, handed over or terminated. */
  protected readonly running = (view: ItemView): boolean =>
    !['closed', 'handed_over', 'terminated'].includes(view.row.status);
}

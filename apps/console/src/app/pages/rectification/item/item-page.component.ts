import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { tap } from 'rxjs';
import type { ItemView, PendingSignOff } from '@bastion/rectification-contracts';
import { signOffLabels } from '@bastion/rectification-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  ActedRecord,
  ErrorAlertComponent,
  LabelPipe,
  RectificationApi,
  TerminateButtonComponent,
  TerminationNoteComponent,
  TranslatePipe,
} from '@bastion/console-ui';
import { LABELS, statusColour } from '../rectification-labels';
import { CountdownComponent } from '../shared/countdown.component';
import { ItemFlagsComponent } from '../shared/item-flags.component';
import { EvidenceComponent } from './evidence.component';
import { ItemActionPanelComponent } from './item-action-panel.component';
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
    DatePipe,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzGridModule,
    NzIconModule,
    NzProgressModule,
    NzSkeletonModule,
    NzTagModule,
    CountdownComponent,
    ErrorAlertComponent,
    EvidenceComponent,
    ItemActionPanelComponent,
    ItemFlagsComponent,
    ItemTimelineComponent,
    LabelPipe,
    LadderComponent,
    LifecycleComponent,
    TerminateButtonComponent,
    TerminationNoteComponent,
    TranslatePipe,
  ],
  templateUrl: './item-page.component.html',
  styles: `
    .linked {
      margin-top: 8px;
    }
    .actions {
      display: flex;
      gap: 8px;
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
    h1 .problem-title {
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

  private readonly record = new ActedRecord(this.id, (id) => this.api.item(id));
  protected readonly item = this.record.view;

  protected readonly pendings = computed(() => {
    const load = this.item();
    if (load.state !== 'ready' || load.value.row.status === 'terminated') return [];
    const { pending, pendingExtension } = load.value.record;
    return [pending, pendingExtension].filter((p): p is PendingSignOff => p !== null);
  });

  /** 催办 is rate-limited: when the next urge is taken, if that is still ahead. */
  protected urgeWait(record: ItemView['record']): string | null {
    const until = record.urgeNotBefore;
    return until && Date.parse(until) > Date.now() ? until : null;
  }

  protected reload(): void {
    this.record.reload();
  }

  /** The item's terminate call, for the administrator's 终止 dialog. */
  protected readonly terminate = (reason: string) =>
    this.api.terminateItem(this.id(), { reason }).pipe(tap((view) => this.acted(view)));

  /** Whether the item's workflow still runs: not closed, handed over or terminated. */
  protected running(status: ItemView['row']['status']): boolean {
    return !['closed', 'handed_over', 'terminated'].includes(status);
  }

  protected acted(view: ItemView): void {
    this.record.acted(view);
  }
}

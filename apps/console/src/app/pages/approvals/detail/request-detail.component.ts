import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { RequestDetail } from '@bastion/approvals-contracts';
import {
  ActedRecord,
  ApprovalsApi,
  AttachmentListComponent,
  ButtonRowComponent,
  type ButtonSpec,
  PAGE_IMPORTS,
  procedureLabel,
  RequestStatusComponent,
  TerminateButtonComponent,
  TerminationNoteComponent,
} from '@bastion/console-ui';
import { NotificationsService } from '../../../core/notifications/notifications.service';
import { ActionPanelComponent } from '../actions/action-panel.component';
import { LedgerVerifyComponent } from './ledger-verify.component';
import { RequestTimelineComponent } from './request-timeline.component';
import { RouteDiagramComponent } from './route-diagram.component';
import { StageForecastComponent } from './stage-forecast.component';

/**
 * One request: what it is, its route as a diagram, the ledger of what happened, the stages to
 * come, and what the caller may do about it. After an action the page reloads the request
 * (keeping the old copy on screen meanwhile) and the bell counts again.
 */
@Component({
  selector: 'bst-request-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...PAGE_IMPORTS,
    ActionPanelComponent,
    AttachmentListComponent,
    ButtonRowComponent,
    LedgerVerifyComponent,
    RequestStatusComponent,
    RequestTimelineComponent,
    RouteDiagramComponent,
    StageForecastComponent,
    TerminateButtonComponent,
    TerminationNoteComponent,
  ],
  templateUrl: './request-detail.component.html',
  styleUrl: './request-detail.component.css',
})
export class RequestDetailComponent {
  private readonly api = inject(ApprovalsApi);
  private readonly notifications = inject(NotificationsService);

  protected readonly procedureLabel = procedureLabel;
  protected readonly headerButtons: readonly ButtonSpec[] = [
    { key: 'back', label: 'detail.backToInbox', icon: 'left', link: '/approvals' },
    { key: 'reload', label: 'common.reload', icon: 'reload', iconOnly: true, testId: 'request-reload' },
  ];

  /** Route parameter. */
  readonly id = input.required<string>();

  /** Reloading after an action keeps the page on screen until the new copy arrives. */
  private readonly record = new ActedRecord(this.id, (id) => this.api.request(id));
  protected readonly request = this.record.view.asReadonly();

  /** Signature images are shown in the record beside the decision they sign, not among the request's files. */
  protected readonly files = computed(() => {
    const load = this.request();
    if (load.state !== 'ready') return { attachments: [], signatures: new Map<string, string>() };
    const signed = new Set(load.value.timeline.map((e) => e.signatureSha256).filter((h): h is string => !!h));
    const signatures = new Map<string, string>();
    for (const a of load.value.attachments) if (signed.has(a.sha256)) signatures.set(a.sha256, a.id);
    return { attachments: load.value.attachments.filter((a) => !signed.has(a.sha256)), signatures };
  });

  protected currentStageName(detail: RequestDetail): string | null {
    return detail.stages.find((s) => s.index === detail.currentStage)?.name ?? null;
  }

  /** The request's terminate call, for the administrator's 终止 dialog. */
  protected readonly terminate = (reason: string) => this.api.terminate(this.id(), { reason });

  /**
   * Whether the request still runs. A sign-off whose item or case still runs is refused by the
   * service with the reason (that record is terminated instead); the dialog shows it.
   */
  protected terminable(detail: RequestDetail): boolean {
    return detail.status === 'running' || detail.status === 'returned';
  }

  protected reload(): void {
    this.record.reload();
  }

  protected acted(): void {
    this.reload();
    this.notifications.refresh();
  }
}

import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { tap } from 'rxjs';
import type { CaseView, DevelopmentStatus } from '@bastion/development-contracts';
import { exitStatuses, signOffLabels } from '@bastion/development-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  ActedRecord,
  DevelopmentApi,
  ErrorAlertComponent,
  LabelPipe,
  TerminateButtonComponent,
  TerminationNoteComponent,
  TranslatePipe,
} from '@bastion/console-ui';
import { DEV_LABELS, statusColour } from '../development-labels';
import { shanghaiToday } from '../shared/business-date';
import { ComplianceReportComponent } from '../shared/compliance-report.component';
import { VoteRecordsComponent } from '../shared/vote-records.component';
import { CaseActionPanelComponent } from './case-action-panel.component';
import { CaseClocksComponent } from './case-clocks.component';
import { CaseEntriesComponent } from './case-entries.component';
import { CaseTimelineComponent } from './case-timeline.component';

/**
 * One development case: who, where and how far (with the dates that matter for membership), the
 * 25 steps, the clocks running, the record of entries, the compliance report, the votes, and the
 * steps the caller may record now. An action's answer is the case as it now stands, shown at once.
 */
@Component({
  selector: 'bst-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzGridModule,
    NzIconModule,
    NzSkeletonModule,
    NzTagModule,
    CaseActionPanelComponent,
    CaseClocksComponent,
    CaseEntriesComponent,
    CaseTimelineComponent,
    ComplianceReportComponent,
    ErrorAlertComponent,
    LabelPipe,
    TerminateButtonComponent,
    TerminationNoteComponent,
    TranslatePipe,
    VoteRecordsComponent,
  ],
  templateUrl: './case-page.component.html',
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .actions {
      display: flex;
      gap: 8px;
    }
    h1 nz-tag {
      margin-left: 8px;
    }
    .people + .people::before {
      content: '、';
    }
  `,
})
export class CasePageComponent {
  private readonly api = inject(DevelopmentApi);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly labels = DEV_LABELS;
  protected readonly statusColour = statusColour;
  protected readonly signOffLabels = signOffLabels;
  protected readonly today = shanghaiToday();

  private readonly record = new ActedRecord(this.id, (id) => this.api.case(id));
  protected readonly view = this.record.view;

  protected reload(): void {
    this.record.reload();
  }

  /** The case's terminate call, for the administrator's 终止 dialog. */
  protected readonly terminate = (reason: string) =>
    this.api.terminateCase(this.id(), { reason }).pipe(tap((view) => this.acted(view)));

  /** Whether the case's workflow still runs: not closed by a side exit, archived or terminated. */
  protected running(view: CaseView): boolean {
    const ended: readonly DevelopmentStatus[] = [...exitStatuses, 'terminated'];
    return !ended.includes(view.row.status) && view.record.dates.archived === null;
  }

  protected acted(view: CaseView): void {
    this.record.acted(view);
  }
}

import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type {
  PersonRef,
  RequestDetail,
  StagePassView,
  StageView,
  TaskView,
} from '@bastion/approvals-contracts';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import {
  assigneeRuleText,
  closeReasonText,
  KIT_IMPORTS,
  LightComponent,
  type MessageKey,
  modeText,
  RequestStatusComponent,
  stageStatusLabel,
  StepNumberComponent,
  taskStatusLabel,
  TranslateService,
} from '@bastion/console-ui';

const TASK_ICONS: Record<TaskView['status'], string> = {
  waiting: 'clock-circle',
  open: 'clock-circle',
  approved: 'check-circle',
  rejected: 'close-circle',
  transferred: 'swap',
  closed: 'stop',
  skipped: 'forward',
  closed_by_return: 'rollback',
};

/**
 * The route as a diagram, left to right: the submission, each stage with its mode, signers and
 * their state, and the outcome. The open stage stands out; skipped stages are dashed, stages run
 * again after a return show their round with the earlier passes beneath (approvals given before
 * the return stay on view), and tasks closed by a return say so.
 */
@Component({
  selector: 'bst-route-diagram',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...KIT_IMPORTS,
    DatePipe,
    NgTemplateOutlet,
    NzTooltipModule,
    LightComponent,
    RequestStatusComponent,
    StepNumberComponent,
  ],
  templateUrl: './route-diagram.component.html',
  styleUrl: './route-diagram.component.css',
})
export class RouteDiagramComponent {
  protected readonly i18n = inject(TranslateService);

  /** The request whose route is drawn: its stages, the open one, its status, who submitted it and when. */
  readonly request =
    input.required<Pick<RequestDetail, 'stages' | 'currentStage' | 'status' | 'submitter' | 'createdAt'>>();
  protected readonly stages = computed(() => this.request().stages);
  protected readonly current = computed(() => this.request().currentStage);
  protected readonly status = computed(() => this.request().status);
  protected readonly submitter = computed(() => this.request().submitter);
  protected readonly submittedAt = computed(() => this.request().createdAt);

  protected readonly stageStatusLabel = stageStatusLabel;
  protected readonly taskStatusLabel = taskStatusLabel;
  protected readonly taskIcon = (task: TaskView) => TASK_ICONS[task.status];

  protected readonly finished = computed(() => !['running', 'returned'].includes(this.status()));

  protected mode(stage: StageView): string {
    return modeText(this.i18n, stage.definition.mode);
  }

  protected rule(stage: StageView): string {
    return assigneeRuleText(this.i18n, stage.definition.assignees);
  }

  protected closeReason(task: TaskView): string {
    return closeReasonText(this.i18n, task.closeReason);
  }

  protected stageColour(stage: StageView): string {
    const colours: Record<StageView['status'], string> = {
      pending: 'default',
      open: 'processing',
      approved: 'success',
      rejected: 'error',
      skipped: 'default',
    };
    return colours[stage.status];
  }

  /** How an earlier pass through the stage ended, in words. */
  protected passEnd(how: StagePassView['endedBy']): MessageKey {
    return `diagram.passEnd.${how}`;
  }

  protected addedLabel(position: 'before' | 'after' | 'alongside'): MessageKey {
    return `diagram.added.${position}`;
  }

  protected names(people: readonly PersonRef[]): string {
    return people.map((p) => p.name).join('、');
  }

  /** The stage an administrator's termination stopped the request in. */
  protected stoppedHere(stage: StageView): boolean {
    return stage.status === 'open' && this.status() === 'terminated';
  }

  /** The open stage is highlighted; while the request is back with its submitter, the submission is. */
  protected isCurrent(stage: StageView): boolean {
    return stage.index === this.current() && this.status() === 'running';
  }
}

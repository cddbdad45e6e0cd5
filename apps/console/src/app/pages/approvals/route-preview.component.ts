import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { Duration, Route, Stage } from '@bastion/approvals-contracts';
import {
  assigneeRuleText,
  KIT_IMPORTS,
  modeText,
  StepNumberComponent,
  TranslateService,
} from '@bastion/console-ui';

/** A template's stages in order, each with its mode, signers and time limit: what a request will go through. */
@Component({
  selector: 'bst-route-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, StepNumberComponent],
  template: `
    <ol class="stages" data-testid="route-preview">
      @for (stage of route().stages; track $index) {
        <li class="stage" data-testid="route-preview-stage">
          <div class="head">
            <bst-step-number [n]="$index + 1" />
            <strong>{{ stage.name }}</strong>
            <nz-tag nzColor="blue">{{ mode(stage) }}</nz-tag>
          </div>
          <div class="bst-muted">{{ rule(stage) }}</div>
          <div class="bst-muted small">{{ limit(stage.timeLimit) }}</div>
          @if (stage.requires.opinion || stage.requires.attachments || stage.requires.signature) {
            <div class="small">
              @if (stage.requires.opinion) {
                <nz-tag>{{ 'preview.needsOpinion' | t }}</nz-tag>
              }
              @if (stage.requires.attachments) {
                <nz-tag>{{ 'preview.needsAttachments' | t }}</nz-tag>
              }
              @if (stage.requires.signature) {
                <nz-tag nzColor="gold">{{ 'preview.needsSignature' | t }}</nz-tag>
              }
            </div>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .stages {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .stage {
      width: 220px;
      padding: 10px 12px;
      border: 1px solid #d9d9d9;
      border-radius: 8px;
      background: #fff;
    }
    .head {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .small {
      margin-top: 4px;
      font-size: 12px;
    }
  `,
})
export class RoutePreviewComponent {
  private readonly i18n = inject(TranslateService);
  readonly route = input.required<Route>();

  protected mode(stage: Stage): string {
    return modeText(this.i18n, stage.mode);
  }

  protected rule(stage: Stage): string {
    return assigneeRuleText(this.i18n, stage.assignees);
  }

  protected limit(limit: Duration | null): string {
    if (!limit) return this.i18n.t('preview.noLimit');
    return this.i18n.t(limit.unit === 'working_days' ? 'preview.workingDays' : 'preview.calendarDays', {
      n: limit.amount,
    });
  }
}

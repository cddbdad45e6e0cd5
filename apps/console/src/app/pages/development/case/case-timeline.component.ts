import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { CaseEntry, TimelineState, TimelineStep } from '@bastion/development-contracts';
import type { FileRef } from '@bastion/shared-contracts';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import {
  DevelopmentFiles,
  FileLinksComponent,
  KIT_IMPORTS,
  type MessageKey,
  TextPipe,
} from '@bastion/console-ui';
import { DEV_LABELS, STAGES, stateColour } from '../development-labels';

interface StageGroup {
  stage: (typeof STAGES)[number];
  steps: { step: TimelineStep; files: FileRef[] }[];
}

/**
 * The 25 steps under their five stages: done with its date and evidence, the current one with
 * the date it is due by (or opens on) and the rule behind it, those to come with the earliest
 * date they can be expected, and those skipped.
 */
@Component({
  selector: 'bst-case-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, NzTimelineModule, FileLinksComponent, TextPipe],
  template: `
    @for (group of stages(); track group.stage) {
      <section class="stage" [attr.data-testid]="'stage-' + group.stage">
        <h4>{{ 'dev.timeline.stage' | t: { n: group.stage } }} {{ labels.stage[group.stage] | label }}</h4>
        <nz-timeline>
          @for (s of group.steps; track s.step.number) {
            @let step = s.step;
            <nz-timeline-item [nzColor]="colour(step.state)">
              <div
                [attr.data-testid]="'timeline-step-' + step.key"
                [attr.data-state]="step.state"
                [attr.aria-current]="step.state === 'current' ? 'step' : null"
              >
                <div class="step" [class.current]="step.state === 'current'">
                  <span class="number">{{ step.number }}</span>
                  <span class="name">{{ labels.step[step.key] | label }}</span>
                  <nz-tag [nzColor]="tagColour(step.state)" data-testid="timeline-step-state">{{
                    stateLabel(step.state) | t
                  }}</nz-tag>
                  @switch (step.state) {
                    @case ('done') {
                      @if (step.date) {
                        <span data-testid="timeline-step-date">{{ step.date }}</span>
                      }
                    }
                    @case ('current') {
                      @if (step.due) {
                        <span class="due" data-testid="timeline-step-due">{{
                          'dev.timeline.due' | t: { date: step.due }
                        }}</span>
                      }
                      @if (step.earliest) {
                        <span data-testid="timeline-step-earliest">{{
                          'dev.timeline.earliest' | t: { date: step.earliest }
                        }}</span>
                      }
                    }
                    @case ('coming') {
                      @if (step.predicted) {
                        <span class="bst-muted" data-testid="timeline-step-predicted">{{
                          'dev.timeline.predicted' | t: { date: step.predicted }
                        }}</span>
                      }
                    }
                  }
                </div>
                @if (step.rule && step.state !== 'done' && step.state !== 'skipped') {
                  <div class="bst-muted rule" data-testid="timeline-step-rule">{{ step.rule | text }}</div>
                }
                @if (s.files.length) {
                  <bst-file-links [files]="s.files" [source]="files" />
                }
              </div>
            </nz-timeline-item>
          }
        </nz-timeline>
      </section>
    }
  `,
  styles: `
    .stage h4 {
      margin: 0 0 12px;
    }
    .step {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .step.current .name {
      font-weight: 600;
    }
    .number {
      min-width: 20px;
      color: rgba(0, 0, 0, 0.45);
    }
    .due {
      color: #1677ff;
    }
    .rule {
      font-size: 12px;
    }
  `,
})
export class CaseTimelineComponent {
  protected readonly files = inject(DevelopmentFiles);

  readonly timeline = input.required<readonly TimelineStep[]>();
  readonly entries = input<readonly CaseEntry[]>([]);

  protected readonly labels = DEV_LABELS;
  protected readonly colour = stateColour;

  protected readonly stages = computed<StageGroup[]>(() => {
    const bySeq = new Map(this.entries().map((e) => [e.seq, e]));
    return STAGES.map((stage) => ({
      stage,
      steps: this.timeline()
        .filter((step) => step.stage === stage)
        .sort((a, b) => a.number - b.number)
        .map((step) => ({
          step,
          files: step.entries.flatMap((seq) => bySeq.get(seq)?.files ?? []),
        })),
    }));
  });

  protected stateLabel(state: TimelineState): MessageKey {
    return `dev.state.${state}`;
  }

  protected tagColour(state: TimelineState): string {
    return state === 'done' ? 'success' : state === 'current' ? 'processing' : 'default';
  }
}

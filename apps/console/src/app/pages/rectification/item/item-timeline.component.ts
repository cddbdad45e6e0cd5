import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Transition } from '@bastion/rectification-contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { LabelPipe } from '../../../core/i18n/label.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { TranslateService } from '../../../core/i18n/translate.service';
import { LABELS, transitionColour, transitionText } from '../rectification-labels';
import { FileLinksComponent } from '../shared/file-links.component';

/**
 * Everything that happened to the item, newest first: who did it (or that the clock did), when,
 * what they wrote, their files, the deadline it set, and the leader who signed a sign-off.
 */
@Component({
  selector: 'bst-item-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    NzIconModule,
    NzTagModule,
    NzTimelineModule,
    FileLinksComponent,
    LabelPipe,
    TranslatePipe,
  ],
  template: `
    <nz-timeline data-testid="item-timeline">
      @for (t of newestFirst(); track t.seq) {
        <nz-timeline-item [nzColor]="colour(t.kind)">
          <div class="line" data-testid="transition" [attr.data-kind]="t.kind">
            <span class="bst-muted when">{{ t.at | date: 'yyyy-MM-dd HH:mm' }}</span>
            @if (!t.automatic && !t.actor) {
              <!-- Only an administrator's login acts without being a person (终止). -->
              <strong data-testid="transition-administrator">{{ 'rect.timeline.administrator' | t }}</strong>
            } @else if (t.automatic || !t.actor) {
              <nz-tag data-testid="transition-automatic"
                ><nz-icon nzType="robot" />{{ 'rect.timeline.automatic' | t }}</nz-tag
              >
            } @else {
              <strong>{{ t.actor.name }}</strong>
            }
            <span class="what">{{ text(t) }}</span>
            @if (t.from !== t.to) {
              <span class="bst-muted"
                >{{ labels.status[t.from] | label }} → {{ labels.status[t.to] | label }}</span
              >
            }
            @if (t.deadline) {
              <nz-tag nzColor="blue">{{ 'rect.timeline.deadline' | t: { date: t.deadline } }}</nz-tag>
            }
            @if (t.signingLeader; as leader) {
              <nz-tag nzColor="gold" data-testid="transition-signed"
                ><nz-icon nzType="signature" />{{
                  'rect.timeline.signedBy' | t: { name: leader.name }
                }}</nz-tag
              >
            }
            @if (t.requestId) {
              <a [routerLink]="['/approvals', t.requestId]">{{ 'rect.signoff.open' | t }}</a>
            }
          </div>
          @if (t.note) {
            <blockquote class="bst-quote">{{ t.note }}</blockquote>
          }
          @if (t.files.length) {
            <bst-file-links [files]="t.files" />
          }
        </nz-timeline-item>
      }
    </nz-timeline>
  `,
  styles: `
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .when {
      font-size: 12px;
    }
    .what {
      font-weight: 500;
    }
  `,
})
export class ItemTimelineComponent {
  private readonly i18n = inject(TranslateService);
  readonly transitions = input.required<readonly Transition[]>();
  protected readonly labels = LABELS;
  protected readonly colour = transitionColour;
  protected readonly newestFirst = computed(() => [...this.transitions()].sort((a, b) => b.seq - a.seq));
  protected readonly text = (t: Transition) => transitionText(this.i18n, t.kind);
}

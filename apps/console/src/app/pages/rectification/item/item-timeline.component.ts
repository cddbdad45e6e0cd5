import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { Transition } from '@bastion/rectification-contracts';
import { KIT_IMPORTS, kindedEntryReading, RECORD_TIMELINE, TranslateService } from '@bastion/console-ui';
import { LABELS, transitionColour, transitionText } from '../rectification-labels';

/**
 * Everything that happened to the item, newest first: who did it (or that the clock did), when,
 * what they wrote, their files, the deadline it set, and the leader who signed a sign-off.
 */
@Component({
  selector: 'bst-item-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, DatePipe, ...RECORD_TIMELINE],
  template: `
    <bst-record-timeline
      testId="item-timeline"
      entryTestId="transition"
      [entries]="transitions()"
      [read]="reading"
    >
      <ng-template bstEntry="line" [bstEntryOf]="transitions()" let-t>
        <span class="bst-muted bst-entry-small">{{ t.at | date: 'yyyy-MM-dd HH:mm' }}</span>
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
        <span class="bst-entry-what">{{ text(t) }}</span>
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
            ><nz-icon nzType="signature" />{{ 'rect.timeline.signedBy' | t: { name: leader.name } }}</nz-tag
          >
        }
      </ng-template>
    </bst-record-timeline>
  `,
})
export class ItemTimelineComponent {
  private readonly i18n = inject(TranslateService);
  readonly transitions = input.required<readonly Transition[]>();
  protected readonly labels = LABELS;
  protected readonly reading = kindedEntryReading<Transition>(transitionColour, 'rect.signoff.open');
  protected readonly text = (t: Transition) => transitionText(this.i18n, t.kind);
}

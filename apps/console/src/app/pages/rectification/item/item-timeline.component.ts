import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Transition } from '@bastion/rectification-contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  EntryBelowDirective,
  EntryLineDirective,
  FileLinksComponent,
  LabelPipe,
  RecordTimelineComponent,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import { LABELS, transitionColour, transitionText } from '../rectification-labels';

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
    FileLinksComponent,
    RecordTimelineComponent,
    EntryLineDirective,
    EntryBelowDirective,
    LabelPipe,
    TranslatePipe,
  ],
  template: `
    <bst-record-timeline
      testId="item-timeline"
      entryTestId="transition"
      [entries]="transitions()"
      [colour]="colour"
      [kind]="kindOf"
      [note]="noteOf"
    >
      <ng-template bstEntryLine [bstEntryLineOf]="transitions()" let-t>
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
      </ng-template>
      <ng-template bstEntryBelow [bstEntryBelowOf]="transitions()" let-t>
        @if (t.files.length) {
          <bst-file-links [files]="t.files" />
        }
      </ng-template>
    </bst-record-timeline>
  `,
  styles: `
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
  protected readonly colour = (t: Transition) => transitionColour(t.kind);
  protected readonly kindOf = (t: Transition) => t.kind;
  protected readonly noteOf = (t: Transition) => t.note;
  protected readonly text = (t: Transition) => transitionText(this.i18n, t.kind);
}

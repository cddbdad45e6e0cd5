import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { ItemView, Transition } from '@bastion/rectification-contracts';
import { FileLinksComponent, PAGE_IMPORTS } from '@bastion/console-ui';
import { ItemActionFormComponent } from './item-action-form.component';
import { WITH_FILES } from './item-action-layout';

/** The kinds of step whose files count as evidence (佐证材料): the actions that carry files, and a fix on the spot. */
const EVIDENCE_KINDS: ReadonlySet<Transition['kind']> = new Set<Transition['kind']>([
  'fixed_on_spot',
  ...WITH_FILES,
]);

/**
 * 佐证材料: every file put on record for the item, each with who added it and when, openable in a
 * preview; and, when the caller may add evidence, the upload (several files at once, with a note).
 */
@Component({
  selector: 'bst-evidence',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, FileLinksComponent, ItemActionFormComponent],
  template: `
    <nz-card [nzTitle]="'rect.evidence.title' | t: { n: fileCount() }" data-testid="evidence">
      @for (entry of entries(); track entry.seq) {
        <div class="entry" data-testid="evidence-entry">
          <div class="bst-muted who">
            {{ entry.actor?.name ?? ('rect.timeline.automatic' | t) }} ·
            {{ entry.at | date: 'yyyy-MM-dd HH:mm' }}
          </div>
          @if (entry.note) {
            <div class="note">{{ entry.note }}</div>
          }
          <bst-file-links [files]="entry.files" />
        </div>
      } @empty {
        <nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'rect.evidence.none' | t" />
      }
      @if (canAdd()) {
        <h4 class="bst-section">{{ 'rect.evidence.add' | t }}</h4>
        <bst-item-action-form
          type="evidence"
          [view]="view()"
          [cancellable]="false"
          (acted)="acted.emit($event)"
        />
      }
    </nz-card>
  `,
  styles: `
    .entry {
      padding: 8px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    .who {
      font-size: 12px;
    }
    .note {
      white-space: pre-wrap;
    }
  `,
})
export class EvidenceComponent {
  readonly view = input.required<ItemView>();
  readonly acted = output<ItemView>();

  protected readonly entries = computed(() =>
    this.view()
      .transitions.filter((t) => EVIDENCE_KINDS.has(t.kind) && t.files.length > 0)
      .sort((a, b) => b.seq - a.seq),
  );
  protected readonly fileCount = computed(() => this.entries().reduce((n, e) => n + e.files.length, 0));
  protected readonly canAdd = computed(() => this.view().allowedActions.includes('evidence'));
}

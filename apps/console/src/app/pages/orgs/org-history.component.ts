import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { DatePipe } from '@angular/common';
import { type OrgEvent, type OrgKind, orgKinds } from '@bastion/identity-contracts';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { type MessageKey, TranslatePipe, TranslateService } from '@bastion/console-ui';

const COLOURS: Record<OrgEvent['kind'], string> = {
  created: 'green',
  updated: 'blue',
  moved: 'orange',
  dissolved: 'red',
};

/** An organisation's recorded changes, newest first, with what each changed. */
@Component({
  selector: 'bst-org-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, NzTimelineModule, TranslatePipe],
  template: `
    <nz-timeline data-testid="org-history">
      @for (event of events(); track event.id) {
        <nz-timeline-item [nzColor]="colour(event)">
          <div>{{ title(event) | t: { actor: event.actorName } }}</div>
          <div class="bst-muted">{{ event.at | date: 'yyyy-MM-dd HH:mm' }}</div>
          @for (change of changes(event); track change) {
            <div class="change">{{ change }}</div>
          }
          @if (event.reason) {
            <div class="change">{{ 'orgs.history.reason' | t: { reason: event.reason } }}</div>
          }
        </nz-timeline-item>
      }
    </nz-timeline>
  `,
  styles: '.change { font-size: 12px; color: rgba(0, 0, 0, 0.65); word-break: break-all; }',
})
export class OrgHistoryComponent {
  protected readonly i18n = inject(TranslateService);
  readonly events = input.required<readonly OrgEvent[]>();

  protected colour(event: OrgEvent): string {
    return COLOURS[event.kind];
  }

  protected title(event: OrgEvent): MessageKey {
    return `orgs.history.${event.kind}`;
  }

  /** `field: before → after` for each value that changed; ids are left out as noise. */
  protected changes(event: OrgEvent): string[] {
    if (!event.after) return [];
    const before = event.before ?? {};
    return (
      Object.entries(event.after)
        // A new node's unset flags say nothing; a change of flag does.
        .filter(([key, value]) => key in FIELDS && before[key] !== value && (event.before || value !== false))
        .map(([key, value]) => {
          const label = this.i18n.t(FIELDS[key]!);
          const after = this.show(key, value);
          return event.before ? `${label}: ${this.show(key, before[key])} → ${after}` : `${label}: ${after}`;
        })
    );
  }

  private show(key: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return this.i18n.t(value ? 'common.yes' : 'common.no');
    if (key === 'kind' && isKind(value)) return this.i18n.kind(value);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  }
}

/** The recorded fields worth showing, with their labels. */
const FIELDS: Record<string, MessageKey> = {
  name: 'orgs.form.name',
  code: 'orgs.code',
  kind: 'orgs.kind',
  mayApprove: 'orgs.mayApprove',
  isTemporary: 'orgs.isTemporary',
  parentName: 'orgs.history.parent',
  date: 'orgs.history.date',
};

function isKind(value: unknown): value is OrgKind {
  return typeof value === 'string' && (orgKinds as readonly string[]).includes(value);
}

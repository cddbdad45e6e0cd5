import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Termination } from '@bastion/shared-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Who terminated a request, item or case, when and why, above its details. */
@Component({
  selector: 'bst-termination-note',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, NzAlertModule, TranslatePipe],
  template: `
    <nz-alert
      class="termination-note"
      nzType="error"
      nzShowIcon
      [nzMessage]="
        'termination.by'
          | t: { name: termination().by.name, at: (termination().at | date: 'yyyy-MM-dd HH:mm') ?? '' }
      "
      [nzDescription]="reason"
      data-testid="termination-note"
    />
    <ng-template #reason>
      <span class="label">{{ 'termination.reasonLabel' | t }}</span><span
        class="reason"
        data-testid="termination-reason"
        >{{ termination().reason }}</span
      >
    </ng-template>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 16px;
    }
    .reason {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
})
export class TerminationNoteComponent {
  readonly termination = input.required<Termination>();
}

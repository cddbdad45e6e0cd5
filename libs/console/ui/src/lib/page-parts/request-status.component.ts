import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RequestStatus } from '@bastion/approvals-contracts';
import { KIT_IMPORTS } from '../imports/kit-imports';
import { statusColour, statusLabel } from '../status/approval-labels';

/** A request's status as a tag in its colour (running blue, returned orange, the outcomes by their sense). */
@Component({
  selector: 'bst-request-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS],
  template: `<nz-tag [nzColor]="colour()" [attr.data-testid]="testId()">{{ label() | t }}</nz-tag>`,
})
export class RequestStatusComponent {
  readonly status = input.required<RequestStatus>();
  readonly testId = input<string | null>(null);
  protected readonly colour = computed(() => statusColour(this.status()));
  protected readonly label = computed(() => statusLabel(this.status()));
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ItemRow } from '@bastion/rectification-contracts';
import { KIT_IMPORTS } from '@bastion/console-ui';

/** The marks an item carries in every list: reopened (重开), named supervision (挂牌督办), its round. */
@Component({
  selector: 'bst-item-flags',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS],
  template: `
    @if (item().reopened) {
      <nz-tag nzColor="red" data-testid="flag-reopened">{{ 'rect.flag.reopened' | t }}</nz-tag>
    }
    @if (item().namedSupervision) {
      <nz-tag nzColor="volcano" data-testid="flag-named">{{ 'rect.flag.named' | t }}</nz-tag>
    }
    @if (item().round > 1) {
      <nz-tag nzColor="orange">{{ 'rect.flag.round' | t: { n: item().round } }}</nz-tag>
    }
    @if (item().fixedOnSpot) {
      <nz-tag nzColor="green">{{ 'rect.flag.fixedOnSpot' | t }}</nz-tag>
    }
  `,
  styles: ':host { display: inline; } nz-tag { margin: 2px 4px 2px 0; }',
})
export class ItemFlagsComponent {
  readonly item = input.required<Pick<ItemRow, 'reopened' | 'namedSupervision' | 'round' | 'fixedOnSpot'>>();
}

import { Directive, inject, input, TemplateRef } from '@angular/core';

/**
 * A widget of the page's own among the fields `bst-draft-fields` lays out (a vote, mentors, files):
 * `<ng-template bstDraftSlot="vote">…</ng-template>` stands where the layout has the field of kind
 * `slot` and key `vote`, under that field's label and with its problem.
 */
@Directive({ selector: 'ng-template[bstDraftSlot]' })
export class DraftSlotDirective {
  readonly name = input.required<string>({ alias: 'bstDraftSlot' });
  readonly template = inject(TemplateRef);
}

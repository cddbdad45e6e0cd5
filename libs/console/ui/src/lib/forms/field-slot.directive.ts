import { Directive, inject, input, TemplateRef } from '@angular/core';

/**
 * A widget of the page's own among the fields `bst-form-fields` lays out (a vote, mentors, files):
 * `<ng-template bstFieldSlot="vote">…</ng-template>` stands where the layout has the field of kind
 * `slot` and key `vote`, under that field's label and with its problem.
 */
@Directive({ selector: 'ng-template[bstFieldSlot]' })
export class FieldSlotDirective {
  readonly name = input.required<string>({ alias: 'bstFieldSlot' });
  readonly template = inject(TemplateRef);
}

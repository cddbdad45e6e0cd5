import { Directive, inject, input, TemplateRef } from '@angular/core';

/** A filter widget of the page's own (a picker of its records), written as `<ng-template bstFilterSlot="key">`. */
@Directive({ selector: 'ng-template[bstFilterSlot]' })
export class FilterSlotDirective {
  readonly key = input.required<string>({ alias: 'bstFilterSlot' });
  readonly template = inject<TemplateRef<unknown>>(TemplateRef);
}

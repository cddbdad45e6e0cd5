import { computed, type Signal, type TemplateRef } from '@angular/core';

/** A template a page writes inside a kit component under a name (`<ng-template bstX="name">`). */
export interface NamedTemplate<C> {
  readonly template: TemplateRef<C>;
}

/**
 * The templates a page wrote inside a kit component, looked up by name: `parts` is the
 * component's `contentChildren` query of its template directive, `nameOf` reads a part's name.
 * A name the page wrote no template for looks up null, which an outlet draws as nothing.
 */
export function templatesByName<P extends NamedTemplate<unknown>, N>(
  parts: Signal<readonly P[]>,
  nameOf: (part: P) => N,
): (name: N) => P['template'] | null {
  const byName = computed(() => new Map(parts().map((part) => [nameOf(part), part.template] as const)));
  return (name) => byName().get(name) ?? null;
}

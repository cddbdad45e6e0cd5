import { Directive, effect, ElementRef, inject, input, Renderer2 } from '@angular/core';

/** The data attributes a list row carries for tests and styles; null or undefined leaves one off. */
export type RowMarks = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Writes a row's marks as `data-*` attributes, as `[attr.data-x]` bindings would. */
@Directive({ selector: '[bstRowMarks]' })
export class RowMarksDirective {
  readonly marks = input<RowMarks>({}, { alias: 'bstRowMarks' });
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly renderer = inject(Renderer2);

  constructor() {
    effect(() => {
      for (const [name, value] of Object.entries(this.marks())) {
        if (value === null || value === undefined)
          this.renderer.removeAttribute(this.element, `data-${name}`);
        else this.renderer.setAttribute(this.element, `data-${name}`, String(value));
      }
    });
  }
}

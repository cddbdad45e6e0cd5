import { linkedSignal, signal, type WritableSignal } from '@angular/core';
import type { Observable } from 'rxjs';
import { keptLoad } from '../load/kept-load';
import type { Load } from '../load/load';

/**
 * The record a page is about (a development case, a rectification item), the same way for both:
 * fetched by its id, fetched again on demand without flashing back to a skeleton, and replaced
 * by the record an action on it answered with, so the page shows the record as it now stands.
 * Create it in an injection context (a field initialiser).
 */
export class ActedRecord<V> {
  private readonly reloads = signal(0);
  /** What the page shows: the last load, or the record as an action's answer left it. */
  readonly view: WritableSignal<Load<V>>;

  constructor(id: () => string, fetch: (id: string) => Observable<V>) {
    const loaded = keptLoad(
      () => ({ id: id(), reload: this.reloads() }),
      ({ id }) => id,
      ({ id }) => fetch(id),
    );
    this.view = linkedSignal(() => loaded());
  }

  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  acted(view: V): void {
    this.view.set({ state: 'ready', value: view });
  }
}

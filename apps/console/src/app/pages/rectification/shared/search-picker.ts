import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ControlValueAccessor } from '@angular/forms';
import { catchError, debounceTime, type Observable, of, startWith, Subject, switchMap } from 'rxjs';

export interface PickerOption {
  id: string;
  label: string;
}

/**
 * What a picker of records searched on the server shares: the typed query, debounced; the
 * options found, which keep the chosen records so the field still names them; and the form
 * control plumbing. `V` is one id or a list of ids.
 */
export abstract class SearchPicker<V extends string | null | string[]> implements ControlValueAccessor {
  protected readonly destroyRef = inject(DestroyRef);
  protected abstract readonly value: ReturnType<typeof signal<V>>;
  protected readonly options = signal<PickerOption[]>([]);
  protected readonly searching = signal(false);
  protected readonly disabled = signal(false);
  protected readonly queries = new Subject<string>();
  private onChange: (value: V) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  /** The options matching a query (an empty query: the first ones). */
  protected abstract search(query: string | undefined): Observable<PickerOption[]>;

  /** Starts listening to the search box; call once from the subclass's constructor. */
  protected listen(): void {
    this.queries
      .pipe(
        debounceTime(250),
        startWith(''),
        switchMap((q) => {
          this.searching.set(true);
          return this.search(q.trim() || undefined).pipe(catchError(() => of([])));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((found) => {
        this.searching.set(false);
        const chosen = this.options().filter((o) => this.chosen(o.id) && !found.some((f) => f.id === o.id));
        this.options.set([...chosen, ...found]);
      });
  }

  abstract writeValue(value: V | null): void;

  registerOnChange(fn: (value: V) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected pick(value: V): void {
    this.value.set(value);
    this.onChange(value);
    this.onTouched();
  }

  private chosen(id: string): boolean {
    const value = this.value();
    return Array.isArray(value) ? value.includes(id) : value === id;
  }
}

import { Directive, forwardRef, type Provider, signal, type Type, type WritableSignal } from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';

/**
 * What every picker shares as a form control: the value it holds (`value`, which the picker
 * declares and draws), whether the form has shut it (`disabled`), and telling the form of a
 * pick (`pick`). A picker of organisations, of people or of a domain's records extends it, lists
 * `pickerControl(() => ItsClass)` in its providers and writes only what is its own.
 */
@Directive()
export abstract class PickerControl<V> implements ControlValueAccessor {
  protected abstract readonly value: WritableSignal<V>;
  protected readonly disabled = signal(false);
  private onChange: (value: V) => void = () => undefined;
  private onTouched: () => void = () => undefined;

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

  /** The user picked `value`: the field holds it and the form hears of it. */
  protected pick(value: V): void {
    this.value.set(value);
    this.onChange(value);
    this.onTouched();
  }
}

/** The provider that makes a picker a form control (`ngModel`, `formControlName`). */
export function pickerControl(picker: () => Type<ControlValueAccessor>): Provider {
  return { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(picker), multi: true };
}

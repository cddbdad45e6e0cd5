import { type AbstractControl, FormArray, FormControl, FormGroup } from '@angular/forms';
import type { RuleValue, SettingsValue, StageValue, TemplateValue } from './template-form';

/** A form control per field of a flat value, none of them nullable back to a default. */
type Controls<T> = { [K in keyof T]: FormControl<T[K]> };

function controls<T extends object>(value: T): Controls<T> {
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, new FormControl(v, { nonNullable: true })]),
  ) as Controls<T>;
}

export type RuleGroup = FormGroup<Controls<RuleValue>>;
export type StageGroup = FormGroup<
  Controls<Omit<StageValue, 'assignees' | 'cc'>> & { assignees: RuleGroup; cc: FormArray<RuleGroup> }
>;
export type SettingsGroup = FormGroup<Controls<SettingsValue>>;
export type TemplateForm = FormGroup<{
  name: FormControl<string>;
  description: FormControl<string>;
  settings: SettingsGroup;
  stages: FormArray<StageGroup>;
}>;

export function ruleGroup(value: RuleValue): RuleGroup {
  return new FormGroup(controls(value));
}

export function stageGroup(value: StageValue): StageGroup {
  const { assignees, cc, ...flat } = value;
  return new FormGroup({
    ...controls(flat),
    assignees: ruleGroup(assignees),
    cc: new FormArray(cc.map(ruleGroup)),
  });
}

export function templateForm(value: TemplateValue): TemplateForm {
  return new FormGroup({
    name: new FormControl(value.name, { nonNullable: true }),
    description: new FormControl(value.description, { nonNullable: true }),
    settings: new FormGroup(controls(value.settings)),
    stages: new FormArray(value.stages.map(stageGroup)),
  });
}

/**
 * A list of rows edited in place (a route's stages, a stage's copied rules): a row added at the
 * end, moved up or down by one, or removed while more than `keep` are left; each edit marks the
 * list, and so the form, as changed.
 */
export const rows = {
  add<G extends AbstractControl>(list: FormArray<G>, row: G): void {
    list.push(row);
    list.markAsDirty();
  },
  move(list: FormArray, from: number, by: number): void {
    const to = from + by;
    if (to < 0 || to >= list.length) return;
    const moving = list.at(from);
    list.removeAt(from, { emitEvent: false });
    list.insert(to, moving);
    list.markAsDirty();
  },
  remove(list: FormArray, index: number, keep = 0): void {
    if (list.length <= keep) return;
    list.removeAt(index);
    list.markAsDirty();
  },
};

/** Loads a template into an existing form, rebuilding the stage list to the template's length. */
export function loadTemplateForm(form: TemplateForm, value: TemplateValue): void {
  form.controls.stages.clear({ emitEvent: false });
  for (const stage of value.stages) form.controls.stages.push(stageGroup(stage), { emitEvent: false });
  form.setValue(value);
  form.markAsPristine();
}

/**
 * Puts each problem on its control (shown under the field, cleared by the next edit) and returns
 * those that belong to no control, for the form's alert.
 */
export function applyProblems(
  form: AbstractControl,
  problems: readonly { control: string | null; text: string }[],
): string[] {
  const unmatched: string[] = [];
  for (const { control, text } of problems) {
    const target = control ? form.get(control) : null;
    if (target) {
      target.setErrors({ ...target.errors, server: text });
      target.markAsTouched();
      target.markAsDirty();
    } else {
      unmatched.push(control ? `${control}: ${text}` : text);
    }
  }
  return unmatched;
}

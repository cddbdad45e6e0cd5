/** The fields of a draft that an edit from `before` to `next` changed. */
export function editedFields<D extends object>(before: D, next: D): (keyof D)[] {
  return (Object.keys(next) as (keyof D)[]).filter((field) => next[field] !== before[field]);
}

/**
 * What was said of a draft's fields (the console's own checks, the service's problems), less what
 * was said of those an edit changed: a corrected field stops being marked while the rest stay.
 * Anything else kept with the problems (the service's words about the whole record) stays.
 */
export function withoutEdited<P extends object, D extends object>(problems: P, before: D, next: D): P {
  const edited = new Set<PropertyKey>(editedFields(before, next));
  return Object.fromEntries(Object.entries(problems).filter(([field]) => !edited.has(field))) as P;
}

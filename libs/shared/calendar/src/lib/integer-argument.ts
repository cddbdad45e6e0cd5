/** Fractional or non-finite counts would silently round somewhere downstream; refuse them at the door. */
export function requireInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${what} must be a whole number, got ${value}.`);
  }
}

export function requireNonNegativeInteger(value: number, what: string): void {
  requireInteger(value, what);
  if (value < 0) throw new RangeError(`${what} must not be negative, got ${value}.`);
}

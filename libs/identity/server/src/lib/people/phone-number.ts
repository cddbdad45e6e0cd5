/**
 * A phone number as every view of a person shows it, masked like an ID number: the first three and
 * last four digits of a number of eleven digits or more (`138****5678`). A shorter number keeps
 * fewer, so the mask never gives away most of it: the last four of nine or ten digits, only the
 * last two of eight or fewer. Spaces, `+` and `-` stay where they are.
 */
export function maskPhone(value: string): string {
  const digits = [...value].filter((c) => /\d/.test(c)).length;
  const head = digits >= 11 ? 3 : 0;
  const tail = digits > 8 ? 4 : Math.min(2, digits);
  let seen = 0;
  return [...value]
    .map((c) => {
      if (!/\d/.test(c)) return c;
      seen += 1;
      return seen <= head || seen > digits - tail ? c : '*';
    })
    .join('');
}

/**
 * Bodies every terminate route refuses with 400: no reason, an empty, blank or too short one, one
 * with a control character, one too long, and a field the request does not have.
 */
export const REFUSED_TERMINATION_BODIES: readonly object[] = [
  {},
  { reason: '' },
  { reason: '   ' },
  { reason: 'abc' },
  { reason: '卡住\u0000了很久' },
  { reason: 'x'.repeat(1001) },
  { reason: '足够长的理由', force: true },
];

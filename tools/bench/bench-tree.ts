/**
 * The organisation the service benchmarks run over: one committee and 30 branches (farms), with
 * fixed ids, answered from the benchmark's own identity stand-in instead of the identity service.
 */
export const benchId = (group: string, n: number) =>
  `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;

export const ROOT = { id: benchId('a000', 1), name: '基准测试林业局党委', kind: 'committee' as const };
export const BRANCH_COUNT = 30;
export const BRANCHES = Array.from({ length: BRANCH_COUNT }, (_, i) => ({
  id: benchId('a000', 100 + i),
  name: `基准第${i + 1}林场党支部`,
  kind: 'branch' as const,
}));

/** The id path of branch `branch` (its index in BRANCHES). */
export const pathOf = (branch: number) => `/${ROOT.id}/${BRANCHES[branch]!.id}/`;

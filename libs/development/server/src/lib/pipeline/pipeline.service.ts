import { Injectable } from '@nestjs/common';
import { type DevelopmentStatus, type PipelineView, pipelineStatuses } from '@bastion/development-contracts';
import type { Principal } from '@bastion/platform-auth';
import { developmentScope } from '../access';
import { filterCases } from '../cases/case-filters';
import { CASE_OVERDUE } from '../cases/case-rows';
import { CasesReader } from '../cases/cases-reader.service';
import { clock } from '@bastion/calendar';

const idsOf = (path: string) => path.split('/').filter(Boolean);

/**
 * 发展党员工作看板: the open cases the caller may see (of an organisation's subtree, if asked) by
 * status, and per branch. A branch's depth counts from the organisation asked about, else from
 * the node where the caller's role sits (the tree's root for an administrator).
 */
@Injectable()
export class PipelineService {
  constructor(private readonly cases: CasesReader) {}

  async pipeline(principal: Principal, orgId?: string): Promise<PipelineView> {
    const day = clock.today();
    const groups = await filterCases(this.cases.visible(principal), { orgId }, day)
      .select('c.org_id', 'orgId')
      .addSelect('c.org_name', 'orgName')
      .addSelect('c.id_path', 'idPath')
      .addSelect('c.status', 'status')
      .addSelect('count(*)::int', 'n')
      .addSelect(`(count(*) FILTER (WHERE ${CASE_OVERDUE}))::int`, 'late')
      .groupBy('c.org_id')
      .addGroupBy('c.org_name')
      .addGroupBy('c.id_path')
      .addGroupBy('c.status')
      .orderBy('c.id_path')
      .getRawMany<{
        orgId: string;
        orgName: string;
        idPath: string;
        status: DevelopmentStatus;
        n: number;
        late: number;
      }>();

    const columns = pipelineStatuses.map((status) => ({ status, total: 0, overdue: 0 }));
    const byOrg = new Map<string, PipelineView['byOrg'][number]>();
    const roots = this.roots(principal);
    for (const g of groups) {
      const column = columns.find((c) => c.status === g.status);
      if (column) {
        column.total += g.n;
        column.overdue += g.late;
      }
      const ids = idsOf(g.idPath);
      const tally = byOrg.get(g.orgId) ?? {
        org: { id: g.orgId, name: g.orgName },
        depth: ids.length - this.rootDepth(g.idPath, orgId, roots),
        counts: {},
        overdue: 0,
      };
      tally.counts[g.status] = (tally.counts[g.status] ?? 0) + g.n;
      tally.overdue += g.late;
      byOrg.set(g.orgId, tally);
    }
    return { today: day, columns, byOrg: [...byOrg.values()] };
  }

  /** The paths the caller's read reaches from; none for an administrator, who reaches from the root. */
  private roots(principal: Principal): string[] {
    const scope = developmentScope(principal, 'development.read');
    return scope.kind === 'subtrees' ? scope.paths : [];
  }

  /** How many nodes lie above depth 0 on this path, plus one: the node depth 0 is. */
  private rootDepth(idPath: string, orgId: string | undefined, roots: string[]): number {
    const ids = idsOf(idPath);
    if (orgId && ids.includes(orgId)) return ids.indexOf(orgId) + 1;
    const root = roots.find((r) => idPath.startsWith(r));
    return root ? idsOf(root).length : 1;
  }
}

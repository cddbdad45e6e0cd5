import { Injectable } from '@nestjs/common';
import type { ExpectedVoters } from '@bastion/identity-contracts';
import type { Principal } from '@bastion/platform-auth';
import { NotFoundError } from '@bastion/platform-http';
import { IdentityLookup } from '../identity/identity-lookup';
import { CasesReader } from './cases-reader.service';

/** 应到会有表决权的正式党员 of a case's branch on a meeting date, as the identity service counts them. */
@Injectable()
export class ExpectedVotersService {
  constructor(
    private readonly cases: CasesReader,
    private readonly lookup: IdentityLookup,
  ) {}

  async expected(principal: Principal, caseId: string, date: string): Promise<ExpectedVoters> {
    const found = await this.cases.loadVisible(principal, caseId);
    const voters = await this.lookup.voters(found.orgId, date);
    if (!voters) throw new NotFoundError('case_branch');
    return voters;
  }
}

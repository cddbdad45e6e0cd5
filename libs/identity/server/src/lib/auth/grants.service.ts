import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Grant } from '@bastion/platform-auth';

/**
 * The roles a person holds today: offices in force at live organisations, and the membership
 * role at their own organisation.
 */
@Injectable()
export class GrantsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async grantsOf(personId: string | null, today: string): Promise<Grant[]> {
    if (!personId) return [];
    const rows: { role: string; org_id: string; path: string }[] = await this.db.query(
      `SELECT o.role, o.org_id, u.path
         FROM identity.office o JOIN identity.org_unit u ON u.id = o.org_id
        WHERE o.person_id = $1 AND o.from_date <= $2 AND (o.to_date IS NULL OR o.to_date >= $2)
          AND u.dissolved_at IS NULL
       UNION ALL
       SELECT CASE m.status WHEN 'full' THEN 'full_member' ELSE 'probationary_member' END, p.org_id, u.path
         FROM identity.membership m
         JOIN identity.person p ON p.id = m.person_id
         JOIN identity.org_unit u ON u.id = p.org_id
        WHERE m.person_id = $1`,
      [personId, today],
    );
    return rows.map((r) => ({ role: r.role, orgId: r.org_id, orgPath: r.path }));
  }
}

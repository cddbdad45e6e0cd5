import { defaultSourceConfig, itemInputSchema } from '@bastion/rectification-contracts';
import { initialItemRecord } from '@bastion/rectification-rules';
import { humanNumber, itemRow, ITEM_UPDATED_COLUMNS, NO_DEADLINE, transitionRow } from './read-model';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const input = itemInputSchema.parse({
  itemId: id(1),
  batchId: id(2),
  source: 'inspection_patrol',
  config: defaultSourceConfig('inspection_patrol'),
  text: {
    problem: '记录不全',
    category: 'organisational',
    seriousness: 'general',
    supportingUnits: ['工会'],
  },
  org: { id: id(3), name: '甲林场党支部', idPath: `/${id(4)}/${id(3)}/` },
  registeredBy: { personId: id(5), name: '吴巡察' },
});

describe('the item read model', () => {
  it('writes every column of a record, without its transitions, sorting an item without a deadline last', () => {
    const record = initialItemRecord(input, '2026-03-01T16:30:00.000Z');
    const row = itemRow(record, 'ZG2026-000001');
    expect(row).toMatchObject({
      id: id(1),
      number: 'ZG2026-000001',
      batch_id: id(2),
      problem: '记录不全',
      org_path: `/${id(4)}/${id(3)}/`,
      owner_person_id: null,
      supporting_units: ['工会'],
      status: 'registered',
      deadline: null,
      due_sort: NO_DEADLINE,
      exempt: false,
      version: 0,
      registered_at: '2026-03-01T16:30:00.000Z',
      updated_at: '2026-03-01T16:30:00.000Z',
    });
    expect((row.record as { transitions: unknown[] }).transitions).toEqual([]);
    expect(ITEM_UPDATED_COLUMNS).not.toContain('number');
    expect(ITEM_UPDATED_COLUMNS).toContain('status');
  });

  it('writes a transition with its actor and files', () => {
    const record = initialItemRecord(
      {
        ...input,
        fixedOnSpot: { note: '当场补登', files: [{ id: id(9), name: '记录.pdf', sha256: 'a'.repeat(64) }] },
      },
      '2026-03-01T16:30:00.000Z',
    );
    expect(record.transitions.map((t) => transitionRow(record.itemId, t))).toEqual([
      expect.objectContaining({
        item_id: id(1),
        seq: 1,
        kind: 'registered',
        actor_name: '吴巡察',
        files: [],
      }),
      expect.objectContaining({
        seq: 2,
        kind: 'fixed_on_spot',
        from_status: 'registered',
        to_status: 'closed',
        note: '当场补登',
        files: [{ id: id(9), name: '记录.pdf', sha256: 'a'.repeat(64) }],
        signing_leader_person_id: null,
      }),
    ]);
  });

  it('numbers by the Shanghai year of the first instant', () => {
    expect(humanNumber('ZG', '2026-12-31T16:00:00.000Z', 42)).toBe('ZG2027-000042');
    expect(humanNumber('PC', '2026-12-31T15:59:59.000Z', 7)).toBe('PC2026-0007');
    expect(humanNumber('ZG', '2026-01-01T00:00:00.000Z', 1_234_567)).toBe('ZG2026-1234567');
  });
});

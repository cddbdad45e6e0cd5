import {
  canonicalJson,
  chainRows,
  GENESIS_HASH,
  type HashedLedgerRow,
  type LedgerFields,
  ledgerHash,
  verifyChain,
} from './hash-chain';

const requestId = '11111111-1111-4111-8111-111111111111';

function row(seq: number, over: Partial<LedgerFields> = {}): Omit<LedgerFields, 'prevHash'> {
  return {
    requestId,
    seq,
    at: `2026-03-02T01:00:0${seq}.000Z`,
    stageIndex: seq === 1 ? null : 0,
    stageName: seq === 1 ? null : '支部书记审核',
    actorPersonId: '00000000-0000-4000-8000-000000000001',
    actorName: '王甲书',
    onBehalfOfPersonId: null,
    onBehalfOfName: null,
    action: seq === 1 ? 'submitted' : 'approve',
    automatic: false,
    opinion: seq === 1 ? null : '同意',
    attachments: [],
    signatureSha256: null,
    detail: seq === 1 ? { title: '关于购置办公设备的请示', template: null } : null,
    ...over,
  };
}

function chain(n: number): HashedLedgerRow[] {
  return chainRows(
    GENESIS_HASH,
    Array.from({ length: n }, (_, i) => row(i + 1)),
  );
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined, 'x'], c: null }, e: undefined })).toBe(
      '{"a":{"c":null,"d":[1,null,"x"]},"b":1}',
    );
  });

  it('gives the same text whatever order the keys come in', () => {
    expect(canonicalJson({ x: 1, y: { p: true, q: '中文' } })).toBe(
      canonicalJson({ y: { q: '中文', p: true }, x: 1 }),
    );
  });

  it('refuses what JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});

describe('ledgerHash', () => {
  const fields: LedgerFields = { ...row(2), prevHash: GENESIS_HASH };

  it('is a SHA-256 hex digest', () => {
    expect(ledgerHash(fields)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, Partial<LedgerFields>]>([
    ['the opinion', { opinion: '不同意' }],
    ['the actor', { actorName: '李组委' }],
    ['the time', { at: '2026-03-02T01:00:09.000Z' }],
    ['the sequence number', { seq: 3 }],
    ['the request', { requestId: '22222222-2222-4222-8222-222222222222' }],
    ['the link', { prevHash: 'f'.repeat(64) }],
    ['an attachment hash', { attachments: [{ id: 'a', name: 'x.pdf', sha256: '0'.repeat(64) }] }],
    ['the detail', { detail: { target: { kind: 'submitter' } } }],
    ['whether it was automatic', { automatic: true }],
  ])('changes with %s', (_what, change) => {
    expect(ledgerHash({ ...fields, ...change })).not.toBe(ledgerHash(fields));
  });

  it('ignores the order of keys inside the detail', () => {
    const a = { ...fields, detail: { x: 1, y: 2 } };
    const b = { ...fields, detail: { y: 2, x: 1 } };
    expect(ledgerHash(a)).toBe(ledgerHash(b));
  });
});

describe('verifyChain', () => {
  it('accepts an untouched chain', () => {
    const rows = chain(5);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(rows[3]!.prevHash).toBe(rows[2]!.hash);
    expect(verifyChain(rows, { seq: 5, hash: rows[4]!.hash })).toEqual({ intact: true, problems: [] });
  });

  it('accepts an empty ledger for a request that wrote nothing', () => {
    expect(verifyChain([], { seq: 0, hash: null })).toEqual({ intact: true, problems: [] });
  });

  it('finds an edited row', () => {
    const rows = chain(4);
    rows[2] = { ...rows[2]!, opinion: '已改' };
    expect(verifyChain(rows).problems).toEqual([
      { seq: 3, problem: 'its content no longer matches its hash' },
    ]);
  });

  it('finds an edited row whose hash was recomputed: the next link breaks', () => {
    const rows = chain(4);
    const edited = { ...rows[1]!, opinion: '已改' };
    rows[1] = { ...edited, hash: ledgerHash(edited) };
    expect(verifyChain(rows).problems).toEqual([{ seq: 3, problem: 'does not link to the row before it' }]);
  });

  it('finds a deleted row', () => {
    const rows = chain(5);
    rows.splice(2, 1);
    expect(verifyChain(rows).problems).toEqual([
      { seq: 4, problem: 'expected row 3 here: a row is missing' },
      { seq: 4, problem: 'does not link to the row before it' },
      { seq: 5, problem: 'expected row 4 here: a row is missing' },
    ]);
  });

  it('finds two rows whose places were swapped', () => {
    const rows = chain(4);
    const [second, third] = [rows[1]!, rows[2]!];
    rows[1] = { ...third, seq: 2 };
    rows[2] = { ...second, seq: 3 };
    const { intact, problems } = verifyChain(rows);
    expect(intact).toBe(false);
    expect(problems.map((p) => p.seq)).toEqual(expect.arrayContaining([2, 3, 4]));
  });

  it('finds a chain cut short at the end, against the head the request recorded', () => {
    const rows = chain(4);
    const head = { seq: 4, hash: rows[3]!.hash };
    expect(verifyChain(rows.slice(0, 3)).intact).toBe(true);
    expect(verifyChain(rows.slice(0, 3), head).problems).toEqual([
      { seq: 3, problem: 'the request wrote 4 rows, the ledger holds 3' },
    ]);
  });

  it('finds a rewritten last row against the recorded head', () => {
    const rows = chain(3);
    const head = { seq: 3, hash: rows[2]!.hash };
    const rewritten = { ...rows[2]!, opinion: '另写' };
    rows[2] = { ...rewritten, hash: ledgerHash(rewritten) };
    expect(verifyChain(rows, head).problems).toEqual([
      { seq: 3, problem: 'the last row is not the one the request recorded' },
    ]);
  });

  it('checks rows in sequence order whatever order they are given in', () => {
    const rows = chain(3);
    expect(verifyChain([rows[2]!, rows[0]!, rows[1]!]).intact).toBe(true);
  });
});

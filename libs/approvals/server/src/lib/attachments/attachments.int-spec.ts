import { createHash } from 'node:crypto';
import { startApprovalsTestApp } from '../../testing/approvals-test-app';
import { action, branchToCommittee, createTemplate, submit } from '../../testing/fixtures';
import { ADMIN, startedForSuite } from '@bastion/platform-service-testing';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('attachments', () => {
  const t = startedForSuite(() => startApprovalsTestApp('attachments'));
  let template: string;

  beforeAll(async () => {
    template = await createTemplate(t, branchToCommittee());
  });

  it('stores an upload with its SHA-256 and gives it back to its uploader with the right headers', async () => {
    const uploaded = await t.as('submitter').upload('护林防火设备预算表.pdf', 'application/pdf', pdf);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual({
      id: expect.any(String),
      name: '护林防火设备预算表.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
      uploadedAt: expect.any(String),
      uploader: { personId: expect.any(String), name: '赵一' },
    });
    const file = await t.as('submitter').download(`/attachments/${uploaded.body.id}`);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(pdf)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="${'_'.repeat(9)}.pdf"; filename*=UTF-8''${encodeURIComponent('护林防火设备预算表.pdf')}`,
    );
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps a file nobody has used yet to its uploader (404 for everyone else)', async () => {
    const uploaded = await t.as('submitter').upload('草稿.txt', 'text/plain', '草稿');
    for (const who of ['farmASecretary', 'groupSecretary', 'otherSecretary'] as const) {
      expect((await t.as(who).download(`/attachments/${uploaded.body.id}`)).status).toBe(404);
    }
    expect((await t.as(ADMIN).download(`/attachments/${uploaded.body.id}`)).status).toBe(404);
  });

  it('refuses files over 20 MB (413), types off the allowlist and content that is not what it claims (415)', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-1.7');
    const tooBig = await t.as('submitter').upload('大文件.pdf', 'application/pdf', big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('PAYLOAD_TOO_LARGE');

    const html = await t.as('submitter').upload('页面.html', 'text/html', '<script>alert(1)</script>');
    expect(html.status).toBe(415);
    expect(html.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const disguised = await t.as('submitter').upload('伪装.pdf', 'application/pdf', '<html><script>');
    expect(disguised.status).toBe(415);
    expect(disguised.body).toMatchObject({ code: 'FILE_CONTENT_MISMATCH', params: { extension: 'pdf' } });

    expect((await t.as('submitter').upload('空.txt', 'text/plain', '')).status).toBe(400);
    expect((await t.as('submitter').upload('a.pdf', 'application/pdf', pdf, 'other')).status).toBe(400);
    expect((await t.as(ADMIN).upload('a.pdf', 'application/pdf', pdf)).status).toBe(403);
  });

  it('goes with a general request: then whoever may see the request may download it', async () => {
    const uploaded = await t.as('submitter').upload('预算.pdf', 'application/pdf', pdf);
    const { id } = await submit(t, template, { attachmentIds: [uploaded.body.id] });
    const detail = await t.as('farmASecretary').get(`/requests/${id}`);
    expect(detail.body.attachments).toEqual([
      expect.objectContaining({ id: uploaded.body.id, sha256: sha256(pdf) }),
    ]);
    for (const who of ['submitter', 'farmASecretary', 'groupSecretary'] as const) {
      expect((await t.as(who).download(`/attachments/${uploaded.body.id}`)).status).toBe(200);
    }
    expect((await t.as(ADMIN).download(`/attachments/${uploaded.body.id}`)).status).toBe(200);
    for (const who of ['farmAMember', 'farmBSecretary', 'otherSecretary'] as const) {
      expect((await t.as(who).download(`/attachments/${uploaded.body.id}`)).status).toBe(404);
    }
    // Used once, it belongs to that request: not to be carried into another one.
    const again = await t.as('submitter').post('/general-requests', {
      templateId: template,
      title: '另一件请示',
      body: '正文',
      attachmentIds: [uploaded.body.id],
    });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('INVALID_ATTACHMENT');
  });

  it('lets an action carry only the actor’s own files, and records their stored hashes in the ledger', async () => {
    const { id } = await submit(t, template);
    const someoneElses = await t.as('submitter').upload('他人的.pdf', 'application/pdf', pdf);
    const refused = await t.as('farmASecretary').post(
      `/requests/${id}/actions`,
      action('approve', {
        attachments: [{ id: someoneElses.body.id, name: 'x.pdf', sha256: '0'.repeat(64) }],
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'INVALID_ATTACHMENT',
      details: [{ field: 'attachments.0' }],
    });

    const mine = await t.as('farmASecretary').upload('审核意见.pdf', 'application/pdf', pdf);
    const signature = await t.as('farmASecretary').upload('签名.png', 'image/png', png);
    const approved = await t.as('farmASecretary').post(
      `/requests/${id}/actions`,
      action('approve', {
        opinion: '同意。',
        attachments: [{ id: mine.body.id, name: '改过的名字.pdf', sha256: 'f'.repeat(64) }],
        signature: { attachmentId: signature.body.id, sha256: 'e'.repeat(64) },
      }),
    );
    expect(approved.status).toBe(200);
    const [row] = await t.db.query(
      `SELECT attachments, signature_sha256 FROM approvals.ledger WHERE request_id = $1 AND action = 'approve'`,
      [id],
    );
    expect(row).toEqual({
      attachments: [{ id: mine.body.id, name: '审核意见.pdf', sha256: sha256(pdf) }],
      signature_sha256: sha256(png),
    });
    // Now on the request: the submitter may open it.
    expect((await t.as('submitter').download(`/attachments/${mine.body.id}`)).status).toBe(200);

    const notAnImage = await t.as('orgDeptLin').upload('签名.pdf', 'application/pdf', pdf);
    const badSignature = await t.as('orgDeptLin').post(
      `/requests/${id}/actions`,
      action('approve', {
        opinion: '同意。',
        signature: { attachmentId: notAnImage.body.id, sha256: sha256(pdf) },
      }),
    );
    expect(badSignature.status).toBe(400);
    expect(badSignature.body.details).toEqual([expect.objectContaining({ field: 'signature.attachmentId' })]);
  });
});

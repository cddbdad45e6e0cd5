import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { DossierView } from '@bastion/development-contracts';
import { startedForSuite } from '@bastion/platform-service-testing';
import type { FileRef } from '@bastion/shared-contracts';
import { startDevelopmentTestApp } from '../../testing/development-test-app';
import { inDays, openCase, step, talk } from '../../testing/fixtures';

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('the dossier of a case', () => {
  const t = startedForSuite(() => startDevelopmentTestApp('development_dossier'));
  let caseId: string;
  const application = pdf('入党申请书');
  const talkRecord = pdf('谈话记录');
  const scan = pdf('谈话记录原件扫描');

  async function upload(name: string, content: Buffer): Promise<FileRef> {
    const uploaded = await t.as('farmASecretary').upload(name, 'application/pdf', content);
    expect(uploaded.status).toBe(201);
    return uploaded.body;
  }

  beforeAll(async () => {
    caseId = await openCase(t, 'applicantLi', {
      applicationDate: inDays(-20),
      files: [await upload('入党申请书.pdf', application)],
    });
    const files = [await upload('谈话记录.pdf', talkRecord)];
    await step(
      t,
      'farmASecretary',
      caseId,
      talk(inDays(-10), 'farmASecretary', { note: '了解入党动机', files }),
    );
    await step(t, 'farmASecretary', caseId, {
      type: 'evidence',
      step: 2,
      // A note a spreadsheet program would read as a formula, were it not neutralised in the index.
      note: '=HYPERLINK("http://example.com","原件扫描")',
      files: [await upload('谈话记录.pdf', scan)],
    });
  });

  it('lists every entry and every file on record, by step', async () => {
    const response = await t.as('orgDeptLin').get(`/cases/${caseId}/dossier`);
    expect(response.status).toBe(200);
    const dossier = response.body as DossierView;
    expect(dossier.row.person.name).toBe('李青杉');
    expect(dossier.entries.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['opened', 'talk', 'evidence']),
    );
    expect(dossier.files).toEqual([
      expect.objectContaining({
        name: '入党申请书.pdf',
        sha256: sha256(application),
        size: application.length,
        step: 1,
      }),
      expect.objectContaining({
        name: '谈话记录.pdf',
        sha256: sha256(talkRecord),
        size: talkRecord.length,
        step: 2,
      }),
      expect.objectContaining({ name: '谈话记录.pdf', sha256: sha256(scan), size: scan.length, step: 2 }),
    ]);
    expect(dossier.timeline).toHaveLength(25);
    expect(new Date(dossier.generatedAt).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('zips every file in a folder per step with an index of the entries', async () => {
    const download = await t.as('orgDeptLin').download(`/cases/${caseId}/dossier.zip`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/zip');
    expect(decodeURIComponent(download.headers.get('content-disposition') ?? '')).toContain('李青杉.zip');
    const zip = await JSZip.loadAsync(download.bytes);
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
    const talkSeq = (await t.as('orgDeptLin').get(`/cases/${caseId}/dossier`)).body.entries.find(
      (e: { kind: string }) => e.kind === 'talk',
    ).seq;
    expect(names.sort()).toEqual(
      [
        '01-递交入党申请书/1-入党申请书.pdf',
        `02-党组织派人谈话/${talkSeq}-谈话记录.pdf`,
        expect.stringMatching(/^02-党组织派人谈话\/\d+-谈话记录\.pdf$/),
        '目录.csv',
      ].sort(),
    );
    const files = await Promise.all(
      names
        .filter((n) => n.endsWith('.pdf'))
        .map(async (n) => sha256(await zip.file(n)!.async('nodebuffer'))),
    );
    expect(files.sort()).toEqual([sha256(application), sha256(talkRecord), sha256(scan)].sort());
    const index = await zip.file('目录.csv')!.async('string');
    expect(index.charCodeAt(0)).toBe(0xfeff);
    expect(index).toContain('"案卷编号","FZ');
    expect(index).toContain('"姓名","李青杉"');
    expect(index).toContain('"谈话","王甲书","了解入党动机"');
    expect(index).toContain(`02-党组织派人谈话/${talkSeq}-谈话记录.pdf`);
    expect(index).toContain(`"'=HYPERLINK(""http://example.com"",""原件扫描"")"`);
    expect(index).not.toMatch(/(^|,)"[=+\-@\t\r]/m);
  });

  it('is the business of those who may see the case, and its files with it', async () => {
    expect((await t.as('farmBSecretary').get(`/cases/${caseId}/dossier`)).status).toBe(404);
    expect((await t.as('farmBSecretary').download(`/cases/${caseId}/dossier.zip`)).status).toBe(404);
    expect((await t.as('farmAMember').download(`/cases/${caseId}/dossier.zip`)).status).toBe(403);
    const fileId = (await t.as('orgDeptLin').get(`/cases/${caseId}/dossier`)).body.files[0].id as string;
    const opened = await t.as('orgDeptLin').download(`/files/${fileId}`);
    expect(opened.status).toBe(200);
    expect(opened.bytes.equals(application)).toBe(true);
    expect((await t.as('farmBSecretary').download(`/files/${fileId}`)).status).toBe(404);
  });
});

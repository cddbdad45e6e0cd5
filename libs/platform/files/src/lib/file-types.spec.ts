import { checkFileType, cleanFileName, contentDisposition } from './file-types';

const pdf = Buffer.from('%PDF-1.7\n…');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]);
const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);

describe('checkFileType', () => {
  it.each([
    ['请示.pdf', 'application/pdf', pdf, 'application/pdf'],
    ['签名.PNG', 'image/png', png, 'image/png'],
    [
      '会议记录.docx',
      'application/octet-stream',
      zip,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['名单.xls', 'application/vnd.ms-excel', ole, 'application/vnd.ms-excel'],
    ['名单.csv', 'application/vnd.ms-excel', Buffer.from('a,b\n1,2\n'), 'text/csv'],
    ['公文.ofd', '', zip, 'application/ofd'],
    ['说明.txt', 'text/plain; charset=utf-8', Buffer.from('说明'), 'text/plain'],
  ])('accepts %s sent as "%s"', (name, declared, content, stored) => {
    expect(checkFileType(name, declared, content)).toEqual({
      ok: true,
      contentType: stored,
      image: stored.startsWith('image/'),
    });
  });

  it.each([
    ['page.html', 'text/html', Buffer.from('<html>'), /not accepted/],
    ['run.exe', 'application/octet-stream', Buffer.from('MZ'), /not accepted/],
    ['no-extension', 'application/pdf', pdf, /not accepted/],
    ['fake.pdf', 'application/pdf', Buffer.from('<html><script>'), /not a \.pdf file/],
    ['photo.png', 'application/pdf', png, /should not be application\/pdf/],
    ['binary.txt', 'text/plain', Buffer.from([0x41, 0, 0x42]), /not a \.txt file/],
  ])('refuses %s', (name, declared, content, problem) => {
    const verdict = checkFileType(name, declared, content);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.problem).toMatch(problem);
  });
});

describe('cleanFileName', () => {
  it('keeps only the last path part, without control characters', () => {
    expect(cleanFileName('C:\\Users\\王\\请示.pdf')).toBe('请示.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\n"c".txt')).toBe('abc.txt');
    expect(cleanFileName('   ')).toBe('attachment');
  });

  it('shortens a long name and keeps its extension', () => {
    const long = `${'长'.repeat(300)}.docx`;
    const cleaned = cleanFileName(long);
    expect(cleaned).toHaveLength(200);
    expect(cleaned.endsWith('.docx')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('sends an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('请示 "1".pdf')).toBe(
      `attachment; filename="__ _1_.pdf"; filename*=UTF-8''${encodeURIComponent('请示 "1".pdf')}`,
    );
  });
});

import { previewKind, previewType } from './file-preview';

describe('file previews', () => {
  it('previews images and PDFs by their names, and nothing else', () => {
    expect(previewKind('现场照片.JPG')).toBe('image');
    expect(previewKind('scan.png')).toBe('image');
    expect(previewKind('整改报告.pdf')).toBe('pdf');
    expect(previewKind('台账.xlsx')).toBeNull();
    expect(previewKind('drawing.svg')).toBeNull();
  });

  it('keeps the type the service sent, and fills in a generic one from the name', () => {
    expect(previewType('image', 'a.png', 'image/png')).toBe('image/png');
    expect(previewType('image', 'a.jpg', 'application/octet-stream')).toBe('image/jpeg');
    expect(previewType('pdf', 'a.pdf', '')).toBe('application/pdf');
  });
});

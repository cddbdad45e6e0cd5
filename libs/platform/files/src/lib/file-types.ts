/** The largest file the service accepts. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

const starts =
  (...prefix: number[]) =>
  (b: Buffer) =>
    b.length >= prefix.length && prefix.every((byte, i) => b[i] === byte);
const ascii = (text: string) => starts(...Buffer.from(text, 'latin1'));

const pdf = ascii('%PDF-');
const zip = starts(0x50, 0x4b, 0x03, 0x04);
/** Office 97–2003 files are OLE compound documents. */
const ole = starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const webp = (b: Buffer) => ascii('RIFF')(b) && b.subarray(8, 12).toString('latin1') === 'WEBP';
const gif = (b: Buffer) => ascii('GIF87a')(b) || ascii('GIF89a')(b);
/** Plain text: anything without NUL bytes. */
const text = (b: Buffer) => !b.includes(0);

interface FileType {
  /** The content type it is stored and served with. */
  contentType: string;
  /** Other names browsers and systems give it. */
  aliases?: string[];
  looksRight: (content: Buffer) => boolean;
  image?: boolean;
}

const OOXML = 'application/vnd.openxmlformats-officedocument';

/** The allowlist, by file extension. */
const TYPES: Record<string, FileType> = {
  pdf: { contentType: 'application/pdf', looksRight: pdf },
  png: {
    contentType: 'image/png',
    looksRight: starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    image: true,
  },
  jpg: {
    contentType: 'image/jpeg',
    aliases: ['image/pjpeg'],
    looksRight: starts(0xff, 0xd8, 0xff),
    image: true,
  },
  jpeg: {
    contentType: 'image/jpeg',
    aliases: ['image/pjpeg'],
    looksRight: starts(0xff, 0xd8, 0xff),
    image: true,
  },
  gif: { contentType: 'image/gif', looksRight: gif, image: true },
  webp: { contentType: 'image/webp', looksRight: webp, image: true },
  txt: { contentType: 'text/plain', looksRight: text },
  csv: { contentType: 'text/csv', aliases: ['text/plain', 'application/vnd.ms-excel'], looksRight: text },
  doc: { contentType: 'application/msword', looksRight: ole },
  docx: { contentType: `${OOXML}.wordprocessingml.document`, looksRight: zip },
  xls: { contentType: 'application/vnd.ms-excel', looksRight: ole },
  xlsx: { contentType: `${OOXML}.spreadsheetml.sheet`, looksRight: zip },
  ppt: { contentType: 'application/vnd.ms-powerpoint', looksRight: ole },
  pptx: { contentType: `${OOXML}.presentationml.presentation`, looksRight: zip },
  zip: { contentType: 'application/zip', aliases: ['application/x-zip-compressed'], looksRight: zip },
  /** 版式文档 (GB/T 33190): a zip package. */
  ofd: { contentType: 'application/ofd', looksRight: zip },
};

/** Names browsers give a type they do not know; the extension decides then. */
const UNKNOWN = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export const allowedExtensions = Object.keys(TYPES);

export type TypeVerdict =
  | { ok: true; contentType: string; image: boolean }
  | {
      ok: false;
      problem: string;
      /** The refusal's code in the one catalogue, and what its text names. */
      code: 'FILE_TYPE_NOT_ALLOWED' | 'FILE_CONTENT_MISMATCH';
      params: Record<string, string>;
    };

/**
 * Whether an upload is of an allowed type: its extension is on the allowlist, the type the
 * browser declared agrees with it (or is unknown), and the content starts the way such a file
 * does — so a page renamed `.pdf` is not served as a PDF.
 */
export function checkFileType(fileName: string, declaredType: string, content: Buffer): TypeVerdict {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const type = TYPES[extension];
  if (!type) {
    const allowed = allowedExtensions.join(', ');
    return {
      ok: false,
      problem: `files of this kind are not accepted; allowed: ${allowed}`,
      code: 'FILE_TYPE_NOT_ALLOWED',
      params: { allowed },
    };
  }
  const declared = declaredType.split(';')[0]!.trim().toLowerCase();
  if (!UNKNOWN.has(declared) && declared !== type.contentType && !type.aliases?.includes(declared)) {
    const problem = `a .${extension} file should not be ${declared}`;
    return { ok: false, problem, code: 'FILE_CONTENT_MISMATCH', params: { extension } };
  }
  if (!type.looksRight(content)) {
    const problem = `the content is not a .${extension} file`;
    return { ok: false, problem, code: 'FILE_CONTENT_MISMATCH', params: { extension } };
  }
  return { ok: true, contentType: type.contentType, image: type.image ?? false };
}

/** A file name fit to store and to send back: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  if (!base) return 'attachment';
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, 200 - extension.length) + extension;
}

/** `Content-Disposition` for a download, with an ASCII fallback and the real (UTF-8) name. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

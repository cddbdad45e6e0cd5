/** What the console can show of a file in the page: an image, a PDF, or nothing (download only). */
export type PreviewKind = 'image' | 'pdf' | null;

const IMAGE = /\.(png|jpe?g|gif|webp|bmp)$/i;

/**
 * Decided by the name, as the list knows it before fetching; SVG is left out on purpose, as it
 * may carry script.
 */
export function previewKind(name: string): PreviewKind {
  if (IMAGE.test(name)) return 'image';
  if (/\.pdf$/i.test(name)) return 'pdf';
  return null;
}

/** The MIME type a preview needs, where the service sent the bytes as a generic stream. */
export function previewType(kind: Exclude<PreviewKind, null>, name: string, sent: string): string {
  if (sent && sent !== 'application/octet-stream') return sent;
  if (kind === 'pdf') return 'application/pdf';
  const ext = name.split('.').pop()!.toLowerCase();
  return `image/${ext === 'jpg' ? 'jpeg' : ext}`;
}

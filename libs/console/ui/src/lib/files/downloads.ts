/**
 * Hands a fetched file to the browser as a download. Files come through the API with the
 * session's token, so they cannot simply be linked; the object URL outlives the click briefly so
 * the browser can start reading it.
 */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

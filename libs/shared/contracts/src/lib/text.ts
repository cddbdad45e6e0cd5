import { z } from 'zod';

/*
 * Text that reaches a workflow's history, a database row or a spreadsheet must be plain text: a NUL
 * cannot be stored by PostgreSQL, a lone surrogate cannot be encoded as UTF-8 and breaks a
 * workflow's payload converter, and control characters garble exports and logs. Every free-text
 * field of every contract is therefore one of the two schemas below, and the HTTP layer refuses
 * such characters in any field a contract forgot (see `unsafeTextFields`).
 *
 * The patterns are written without the `u` flag on purpose: without it JavaScript sees a character
 * outside the BMP as a surrogate pair (the second alternative), and the same source read by a
 * Python or JSON-Schema engine, which sees code points, matches it with the first.
 */
const LINE_SOURCE =
  '^(?:[^\\u0000-\\u001f\\u007f-\\u009f\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$';
/** As a line, but tab, line feed and carriage return are allowed. */
const MULTILINE_SOURCE =
  '^(?:[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$';

export const SAFE_LINE = new RegExp(LINE_SOURCE);
export const SAFE_MULTILINE = new RegExp(MULTILINE_SOURCE);

export const LINE_PROBLEM = 'must be one line of text without control characters';
export const MULTILINE_PROBLEM = 'must be text without NUL, control characters or broken surrogates';

/** A single line of text: names, titles, codes, keys, search terms. Chain `.trim().min().max()` on it. */
export const line = z.string().regex(SAFE_LINE, LINE_PROBLEM);

/** Text that may span lines (notes, reasons, opinions, reports): tab, CR and LF allowed. */
export const multiline = z.string().regex(SAFE_MULTILINE, MULTILINE_PROBLEM);

/**
 * The paths (`a.b.0.c`) of every string in a parsed JSON body or query whose characters no text
 * field accepts — the last guard behind the contracts, object keys included. Multi-line
 * characters are let through here; a single-line field refuses them through its own schema.
 */
export function unsafeTextFields(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return SAFE_MULTILINE.test(value) ? [] : [prefix || '(body)'];
  if (Array.isArray(value)) return value.flatMap((item, i) => unsafeTextFields(item, join(prefix, String(i))));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const path = join(prefix, SAFE_LINE.test(key) ? key : JSON.stringify(key));
      return SAFE_LINE.test(key) ? unsafeTextFields(item, path) : [path];
    });
  }
  return [];
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

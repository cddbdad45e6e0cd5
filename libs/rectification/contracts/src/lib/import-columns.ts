/**
 * The columns of the import template, in order: key (named in an `ImportProblem`), Chinese header
 * (what the service reads a sheet by), English. The service writes its template from these, and a
 * spreadsheet made elsewhere (a test, a benchmark) takes its headers from here.
 */
export const importColumns = [
  { key: 'problem', zh: '问题', en: 'Problem', width: 48, note: '必填，2000字以内 · required' },
  { key: 'category', zh: '问题类别', en: 'Category', width: 14, note: '见“说明”页 · see the notes sheet' },
  { key: 'seriousness', zh: '严重程度', en: 'Seriousness', width: 12, note: '一般 / 较重 / 严重' },
  { key: 'measures', zh: '整改措施', en: 'Measures', width: 40, note: '4000字以内 · optional' },
  { key: 'target', zh: '整改目标', en: 'Target', width: 30, note: '1000字以内 · optional' },
  {
    key: 'org',
    zh: '责任单位',
    en: 'Responsible organisation',
    width: 28,
    note: '被检查单位或其下级组织的全称',
  },
  { key: 'supportingUnits', zh: '配合单位', en: 'Supporting units', width: 24, note: '多个用“、”分隔' },
  { key: 'deadline', zh: '整改时限', en: 'Deadline', width: 14, note: '日期，或 YYYY-MM-DD' },
  { key: 'exempt', zh: '不予公开', en: 'Exempt from publication', width: 12, note: '是 / 否（空为否）' },
  { key: 'fixedOnSpot', zh: '立行立改', en: 'Fixed on the spot', width: 12, note: '是 / 否（空为否）' },
  {
    key: 'fixedOnSpotNote',
    zh: '立行立改情况',
    en: 'What was done on the spot',
    width: 36,
    note: '立行立改为“是”时必填',
  },
] as const;

export type ImportColumnKey = (typeof importColumns)[number]['key'];
/** A column's Chinese header, as a filled-in sheet names it. */
export type ImportHeader = (typeof importColumns)[number]['zh'];

/** The header cell of a column: Chinese, then English on a second line. */
export function headerText(column: (typeof importColumns)[number]): string {
  return `${column.zh}\n${column.en}`;
}

/** The largest spreadsheet and the most rows one import takes. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;
/** Problems listed in one refusal; the message says how many more there are. */
export const IMPORT_MAX_PROBLEMS = 500;

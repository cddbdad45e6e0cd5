import type { ErrorMessages } from '../message';

/**
 * Refusals every service can give: the framework's (a body it cannot read, a method a path does
 * not take, a body too large or of the wrong type) and those shared by several procedures (a
 * record changed meanwhile, a record still being set up or already ended).
 */
export const commonErrors = {
  VALIDATION_FAILED: {
    status: 400,
    zh: '提交的内容有误，请检查标出的字段。',
    en: 'Some fields are not valid; see the marked fields.',
  },
  BAD_REQUEST: { status: 400, zh: '无法读取提交的内容。', en: 'The request could not be read.' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录。', en: 'Sign in first.' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限。', en: 'You do not have the right to do this.' },
  NOT_ALLOWED: { status: 403, zh: '您无权进行此操作。', en: 'You may not do this.' },
  NOT_FOUND: {
    status: 404,
    zh: '未找到该记录，或您无权查看。',
    en: 'The record was not found, or you may not see it.',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    zh: '此地址不支持该请求方法。',
    en: 'This address does not take this method.',
  },
  CONFLICT: { status: 409, zh: '操作与当前数据冲突。', en: 'This conflicts with the current data.' },
  STALE_VERSION: {
    status: 409,
    zh: '该记录已被他人修改，请重新加载后再试。',
    en: 'Someone else changed this record; reload it and try again.',
  },
  PENDING: {
    status: 409,
    zh: '已有同类审批正在进行，请等待其办结。',
    en: 'A sign-off of the same kind is under way; wait for it to finish.',
  },
  ENDED: {
    status: 409,
    zh: '该记录已结束，不能再办理。',
    en: 'This record has ended; nothing more can be done on it.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    zh: '文件过大，或提交的内容过大。',
    en: 'The file or the request is too large.',
  },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持此文件类型。', en: 'This type of file is not accepted.' },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    zh: '不支持此类文件，可上传：{allowed}。',
    en: 'Files of this kind are not accepted; allowed: {allowed}.',
  },
  FILE_CONTENT_MISMATCH: {
    status: 415,
    zh: '文件内容与其扩展名不符（不是 .{extension} 文件）。',
    en: 'The file’s content does not match its name (it is not a .{extension} file).',
  },
  BAD_DATE: {
    status: 422,
    zh: '日期不符合要求，请检查标出的日期。',
    en: 'A date is not acceptable; check the marked date.',
  },
  MIGRATION_INVALID: {
    status: 422,
    zh: '纸质记录中有不符合规定的内容，未录入。请按各处的提示修改。',
    en: 'The paper record has entries the rules refuse; nothing was entered. Correct them as marked.',
  },
  TOO_SOON: { status: 429, zh: '操作过于频繁，请稍后再试。', en: 'Too soon; try again a little later.' },
  TOO_MANY_REQUESTS: {
    status: 429,
    zh: '请求过于频繁，请稍后再试。',
    en: 'Too many requests; try again later.',
  },
  RATE_LIMITED: {
    status: 429,
    zh: '尝试次数过多，请 {seconds} 秒后再试。',
    en: 'Too many attempts; try again in {seconds} seconds.',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后再试。', en: 'The server failed; try again later.' },
  NOT_READY: {
    status: 503,
    zh: '记录正在登记，请稍后刷新。',
    en: 'The record is still being set up; reload in a moment.',
  },
} as const satisfies ErrorMessages;

import type { ErrorMessages } from '../message';

/** Refusals of the identity service: the organisation tree, people, membership records, the holiday calendar. */
export const identityErrors = {
  INVALID_ORG_STRUCTURE: {
    status: 400,
    zh: '组织结构不允许这样设置。',
    en: 'The organisation tree does not allow this.',
  },
  ORG_NOT_EMPTY: {
    status: 409,
    zh: '该组织下仍有 {children} 个下级组织和 {people} 名人员，请先移走或撤销。',
    en: '{children} organisation(s) and {people} person(s) still belong to it; move or dissolve them first.',
  },
  ORG_DISSOLVED: { status: 409, zh: '该组织已撤销。', en: 'The organisation is dissolved.' },
  INVALID_APPROVER: {
    status: 400,
    zh: '审批党委设置无效：须为上级中具有审批权限的党委。',
    en: 'The approving committee is not valid: it must be a committee above with approval authority.',
  },
  INVALID_OFFICE: { status: 400, zh: '职务设置无效。', en: 'This office cannot be held there.' },
  INVALID_ID_NUMBER: { status: 400, zh: '身份证号无效。', en: 'The ID number is not valid.' },
  DUPLICATE_ID_NUMBER: {
    status: 409,
    zh: '已有其他人员使用该身份证号。',
    en: 'Another person already has this ID number.',
  },
  DUPLICATE_USERNAME: {
    status: 409,
    zh: '用户名已被使用，或该人员已有登录账号。',
    en: 'The user name is taken, or the person already has a login.',
  },
  INVALID_MEMBERSHIP: { status: 400, zh: '党籍信息无效。', en: 'The membership record is not valid.' },
  INVALID_SANCTION: {
    status: 400,
    zh: '处分信息与该人员的党籍或日期不符。',
    en: 'The sanction does not fit the person’s membership or its dates.',
  },
  INVALID_HOLIDAY_DATA: {
    status: 400,
    zh: '放假安排前后矛盾，请按下列问题修改。',
    en: 'The holiday arrangement contradicts itself; correct the problems listed.',
  },
} as const satisfies ErrorMessages;

import type { ErrorMessages } from '../message';

/** Refusals of signing in, sessions and passwords: the identity service's login and every service's guard. */
export const authErrors = {
  LOGIN_FAILED: {
    status: 401,
    zh: '用户名或密码错误，或账户因多次登录失败已被暂时锁定。',
    en: 'Wrong user name or password, or the account is temporarily locked after repeated failures.',
  },
  SESSION_EXPIRED: {
    status: 401,
    zh: '会话已过期，请重新登录。',
    en: 'Your session has ended; sign in again.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    zh: '请先修改密码。',
    en: 'Change your password before doing anything else.',
  },
  WEAK_PASSWORD: { status: 400, zh: '新密码不符合要求。', en: 'The new password does not meet the rules.' },
  WRONG_PASSWORD: { status: 400, zh: '当前密码不正确。', en: 'The current password is not correct.' },
  COMMON_PASSWORD: {
    status: 400,
    zh: '新密码是常见密码，容易被猜中，请换一个。',
    en: 'The new password is a commonly used one and easy to guess; choose another.',
  },
  SYSTEM_WORD_PASSWORD: {
    status: 400,
    zh: '新密码不能包含本系统名称、组织名称或演示密码。',
    en: 'The new password may not contain the name of this system, an organisation name or the demo password.',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '密码输错次数过多，账户已被暂时锁定，请稍后再试或联系管理员。',
    en: 'Too many wrong passwords: the account is locked for a while; try again later or ask an administrator.',
  },
  SESSION_CHECK_UNAVAILABLE: {
    status: 503,
    zh: '暂时无法核验登录状态，请稍后再试。',
    en: 'Your session cannot be checked at the moment; try again shortly.',
  },
} as const satisfies ErrorMessages;

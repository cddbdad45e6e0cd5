import type { ErrorMessages } from '../message';

/**
 * Failures a client meets without an answer from a service (status 0: no response). No service
 * answers with these codes; they are here so a client words them like every other refusal.
 */
export const clientErrors = {
  NETWORK: {
    status: 0,
    zh: '无法连接服务器，请检查网络后重试。',
    en: 'The server cannot be reached; check the connection and retry.',
  },
  UNKNOWN: { status: 0, zh: '发生未知错误。', en: 'An unexpected error occurred.' },
} as const satisfies ErrorMessages;

/** Who was refused what; written to an audit trail by services that keep one. */
export interface RefusalEvent {
  kind: 'unauthenticated' | 'forbidden' | 'out_of_scope';
  code: string;
  userId?: string;
  username?: string;
  method: string;
  path: string;
  ip?: string;
  correlationId?: string;
}

export interface RefusalListener {
  refused(event: RefusalEvent): Promise<void>;
}

/** Provide this token to be told of every refused request. */
export const REFUSAL_LISTENER = Symbol('REFUSAL_LISTENER');

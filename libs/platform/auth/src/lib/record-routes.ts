import { Inject, type Type } from '@nestjs/common';
import type { z } from 'zod';
import type { Language } from '@bastion/messages';
import { type TerminationRequest, terminationRequestSchema } from '@bastion/shared-contracts';
import type { Principal } from './principal';
import { ScopedAction, ScopedRead } from './scoped-routes';

/** What a procedure's record routes read: the record as the caller may see it, in their language. */
export interface RecordReader<View> {
  view(principal: Principal, id: string, language: Language): Promise<View>;
}

/** What takes a step on the record (through its workflow): the record's view, or what the step answers. */
export interface RecordActions<Action, Acted> {
  act(principal: Principal, id: string, action: Action, language: Language): Promise<Acted>;
}

/** An administrator's way out for a stuck record, answering the record's view. */
export interface RecordTermination<View> {
  terminate(principal: Principal, id: string, request: TerminationRequest, language: Language): Promise<View>;
}

/**
 * A record's routes: the contracts of its view, of a step's body and of what a step answers (the
 * view unless named), and the services behind them, which the routes inject themselves.
 */
export interface RecordRouteParts<Reader, Actions, Termination> {
  view: z.ZodType;
  action: z.ZodType;
  acted?: z.ZodType;
  reader: Type<Reader>;
  actions: Type<Actions>;
  termination: Type<Termination>;
}

/**
 * The routes every procedure's running record (an approval request, a rectification item, a
 * development case) has alike: the record (`GET /:id`), a step on it (`POST /:id/actions`: 403
 * without the capacity the step needs, 409 when the record's state does not allow it) and an
 * administrator's termination of its stuck workflow (`POST /:id/terminate`: 403 for anyone but a
 * system administrator, 409 once the record has ended on its own), each in the caller's language.
 * A record's controller extends these and adds routes of its own on the same services.
 */
export function RecordRoutes<
  Reader extends RecordReader<unknown>,
  Actions extends RecordActions<never, unknown>,
  Termination extends RecordTermination<unknown>,
>(parts: RecordRouteParts<Reader, Actions, Termination>) {
  type View = Awaited<ReturnType<Reader['view']>>;
  type Action = Parameters<Actions['act']>[2];
  type Acted = Awaited<ReturnType<Actions['act']>>;

  abstract class Routes {
    @Inject(parts.reader) protected readonly reader!: Reader;
    @Inject(parts.actions) protected readonly actions!: Actions;
    @Inject(parts.termination) protected readonly termination!: Termination;

    @ScopedRead(':id', parts.view, { inLanguage: true })
    get(principal: Principal, id: string, language: Language): Promise<View> {
      return this.reader.view(principal, id, language) as Promise<View>;
    }

    @ScopedAction('post', ':id/actions', parts.action, parts.acted ?? parts.view, { inLanguage: true })
    act(principal: Principal, id: string, action: Action, language: Language): Promise<Acted> {
      return this.actions.act(principal, id, action as never, language) as Promise<Acted>;
    }

    @ScopedAction('post', ':id/terminate', terminationRequestSchema, parts.view, { inLanguage: true })
    terminate(principal: Principal, id: string, body: TerminationRequest, language: Language): Promise<View> {
      return this.termination.terminate(principal, id, body, language) as Promise<View>;
    }
  }
  return Routes;
}

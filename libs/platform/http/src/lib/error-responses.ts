import type { OpenAPIObject } from '@nestjs/swagger';
import { errorBodySchema } from '@bastion/shared-contracts';
import { jsonSchemaOf } from './validation';

const REFUSALS: Record<string, string> = {
  '400': 'The request is not valid: a field, a parameter or the JSON itself (`details` names the fields).',
  '401': 'Not signed in, or the session has ended.',
  '403': 'Signed in without the right to do this.',
  '404': 'No such record, or one outside the caller’s scope.',
  '409': 'The record’s state refuses it now (already decided, changed meanwhile …).',
  '422': 'The rule book refuses it (a date, a step, a voter count): `details` and `params` say why.',
  '423': 'The account is locked after too many wrong passwords.',
  '429': 'Too many requests; `Retry-After` says when to try again.',
};

const BODY_REFUSALS: Record<string, string> = {
  '413': 'The body is too large.',
  '415': 'The body is not of the type this operation takes (JSON unless it says otherwise).',
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Documents on every operation the refusals any of them may answer, each with the one error body,
 * so a client (or a fuzzer checking the answers against the document) knows every status it can get.
 */
export function documentRefusals(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  // Read as input: a refusal may carry more than the common fields (an expected count, a date …).
  document.components.schemas['ErrorBody'] = jsonSchemaOf(errorBodySchema, 'input');
  const errorBody = {
    description: '',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const refusals = { ...REFUSALS, ...(operation.requestBody ? BODY_REFUSALS : {}) };
      for (const [status, description] of Object.entries(refusals)) {
        operation.responses[status] ??= { ...errorBody, description };
      }
    }
  }
  return document;
}

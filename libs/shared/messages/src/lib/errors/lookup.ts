import { errorCatalogue, type ErrorCode } from '../catalogue';
import type { Language, MessageParams } from '../message';
import { render } from '../render';

/** Whether the catalogue has the code (a code from outside, read at run time). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(errorCatalogue, code);
}

/** The one HTTP status of a code, in every service; undefined for a code the catalogue lacks. */
export function errorStatus(code: string): number | undefined {
  return isErrorCode(code) ? errorCatalogue[code].status : undefined;
}

/** The sentence for a code in the language, its placeholders filled; undefined for a code the catalogue lacks. */
export function errorText(code: string, language: Language, params: MessageParams = {}): string | undefined {
  return isErrorCode(code) ? render(errorCatalogue[code], language, params) : undefined;
}

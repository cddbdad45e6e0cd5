import { inject, Pipe, type PipeTransform } from '@angular/core';
import { renderText, renderTexts, type TextRef } from '@bastion/messages';
import { TranslateService } from './translate.service';

/**
 * `{{ check.rule | text }}`: a text the services send by key (a rule, a compliance explanation,
 * a step's timing), rendered from the one catalogue in the current language; a list of pieces is
 * rendered one after the other. Impure for the same reason as the `t` pipe: the language is a signal.
 */
@Pipe({ name: 'text', pure: false })
export class TextPipe implements PipeTransform {
  private readonly i18n = inject(TranslateService);

  transform(ref: TextRef | readonly TextRef[] | null | undefined): string {
    if (!ref) return '';
    const language = this.i18n.language();
    return isList(ref) ? renderTexts(ref, language) : renderText(ref, language);
  }
}

const isList = (ref: TextRef | readonly TextRef[]): ref is readonly TextRef[] => Array.isArray(ref);

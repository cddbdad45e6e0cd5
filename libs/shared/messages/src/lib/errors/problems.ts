import type { Language } from '../message';
import fieldProblems from './field-problems.json';

/**
 * Fixed phrases a service states a field problem in (`details[].problem`), with their Chinese
 * (`field-problems.json`). The services word problems in English; a phrase not listed there (a
 * rule's own words, a count in the sentence) is passed on as the service wrote it.
 */
export const fieldProblemsZh: Readonly<Record<string, string>> = fieldProblems;

/** A field problem in the language: its Chinese where the phrase is a known one, else as the service wrote it. */
export function renderProblem(problem: string, language: Language): string {
  return language === 'zh-CN' ? (fieldProblemsZh[problem] ?? problem) : problem;
}

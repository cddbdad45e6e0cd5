import type {
  CaseAction,
  CaseRecord,
  DevelopmentStatus,
  MigratedStep,
  Refusal,
  RuleSet,
  SignOffKind,
  StepKey,
} from '@bastion/development-contracts';
import type { RuleContext } from '../../rule-context';

/** A step as the rules see it: a live action's step, or a step of a paper record. */
export type AnyStep = CaseAction['step'] | MigratedStep;
export type StepOf<T extends AnyStep['type']> = Extract<AnyStep, { type: T }>;

export interface StepContext extends RuleContext {
  action: Omit<CaseAction, 'step'>;
  migrated: boolean;
}

export interface Applied {
  record: CaseRecord;
  signOff: SignOffKind | null;
  /** What the entry records beside the common fields. */
  details?: Record<string, unknown>;
}

/**
 * The rule of one kind of step: in which statuses it may be taken, which steps must be on record
 * before it (its date may not precede theirs), what the rules check, and what it changes.
 */
export interface StepRule<T extends AnyStep['type']> {
  statuses: readonly DevelopmentStatus[];
  /** Steps that must be done first; null = none beyond the application. */
  after: (record: CaseRecord, step: StepOf<T>) => readonly StepKey[];
  /** Which of the 25 steps the entry belongs to. */
  number: (record: CaseRecord, step: StepOf<T>) => number | null;
  check?: (record: CaseRecord, step: StepOf<T>, ctx: StepContext, rules: RuleSet) => Refusal | null;
  apply: (record: CaseRecord, step: StepOf<T>, ctx: StepContext, rules: RuleSet) => Applied;
}

/** The rule of every kind of step, by its type. */
export type StepRules = { [T in AnyStep['type']]: StepRule<T> };
/** The rules of some kinds of step: one stage's part of the table. */
export type SomeStepRules<K extends AnyStep['type']> = { [T in K]: StepRule<T> };

import type { Message } from '../messages/message.ts';
import type { StatementRule } from './statement.rules.ts';

/** The stages that publish a statement. */
export const STATEMENT_STAGES = ['apologise', 'admit'] as const;
export type StatementStage = (typeof STATEMENT_STAGES)[number];

export const STATEMENT_STATUSES = ['pending_approval', 'approved', 'rejected', 'published'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export const DECISIONS = ['approve', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Who wrote or decided: the actor's name and the API key behind the request. */
export interface StatementPerson {
  actor: string;
  keyId: string | null;
}

export interface StatementDecision {
  by: StatementPerson;
  decision: Decision;
  note: string | null;
  at: string;
}

/** One statement rule as a UI shows it: passed or not, and what to do about it. */
export interface StatementCheck {
  rule: StatementRule;
  ok: boolean;
  /** In English, as stored with the statement. */
  message: string;
  /** The same as a catalog message, which a check answered to a person renders in their language. */
  say?: Message;
}

/** A statement as stored and shown (the contract's `Statement`), with its reminder times. */
export interface Statement {
  id: string;
  incidentId: string;
  stage: StatementStage;
  text: string;
  language: string | null;
  channels: string[];
  status: StatementStatus;
  author: StatementPerson | null;
  createdAt: string;
  decisions: StatementDecision[];
  publishedAt: string | null;
  checks: StatementCheck[];
  remindAt: string | null;
  remindedAt: string | null;
}

/** The columns of a statement row a change may set (absent: left as it is). */
export interface StatementColumns {
  status?: StatementStatus;
  publishedAt?: string;
  remindAt?: string | null;
  remindedAt?: string;
}

/**
 * What a change does to statement rows, values decided by the domain: a new row, or new values (and a
 * decision appended) for one row, applied only while it is in one of `from` statuses.
 */
export type StatementWrite =
  | ({ op: 'insert' } & Omit<Statement, 'id' | 'incidentId' | 'decisions' | 'remindedAt'> & {
        /** Absent for an inline statement published by a step: the writer gives it an id. */
        id?: string;
      })
  | {
      op: 'update';
      id: string;
      from: readonly StatementStatus[];
      set: StatementColumns;
      decision?: StatementDecision;
    };

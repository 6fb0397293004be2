import type { ExecuteResult } from './instance';
import type { JsonValue } from './workflow';

export type DeadLetterStatus = 'pending' | 'replayed' | 'discarded';

/** One failure a Queue Retry recorded before it gave up. */
export interface DeadLetterError {
  attempt: number;
  at: string;
  error?: JsonValue;
}

/** Work a Queue Retry parked after its last attempt (docs/reliability.md). */
export interface DeadLetter {
  id: string;
  instanceId: string;
  definitionId: string;
  definitionVersion: number;
  /** The Queue Retry node. */
  nodeId: string;
  /** The step a replay runs again. */
  retriedNodeId?: string | null;
  payload?: JsonValue;
  errors: DeadLetterError[];
  status: DeadLetterStatus;
  createdAt: string;
  resolvedAt?: string | null;
}

/** What replay and discard answer: the dead letter as it is now and the burst they ran (absent when nothing ran). */
export interface DeadLetterDecision {
  deadLetter: DeadLetter;
  execution?: ExecuteResult | null;
}

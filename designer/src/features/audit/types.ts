import type { JsonValue } from '@/types/workflow';

/** One entry of the hash-chained audit trail as `GET /api/audit` answers it. */
export interface AuditEntry {
  sequence: number;
  occurredAt: string;
  actor: { kind: string; id: string; name?: string | null };
  action: string;
  target: { type: string; id?: string | null };
  summary?: JsonValue;
  remoteAddress?: string | null;
  previousHash: string;
  hash: string;
}

/** `GET /api/audit/verify`: whether the chain is intact, how many entries were checked, and where it first breaks. */
export interface AuditVerification {
  valid: boolean;
  checked: number;
  firstBrokenEntry?: { sequence: number; foundSequence: number; reason: 'hashMismatch' | 'missingEntries' | string } | null;
}

export interface AuditFilters {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** ISO 8601 instants. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

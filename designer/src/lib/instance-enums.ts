import type { ExecuteResult, InstanceSummary, JournalEntry, WorkflowInstance } from '@/types/instance';

/**
 * docs/api.md names statuses and journal events in PascalCase (`Finished`, `Faulted`); the server
 * may send them camel-cased (`finished`). Answers are brought to the documented spelling once, here.
 */
export const toPascalCase = <T extends string>(value: T): T => (value ? ((value.charAt(0).toUpperCase() + value.slice(1)) as T) : value);

export function normalizeInstanceSummary<T extends Pick<InstanceSummary, 'status' | 'subStatus'>>(instance: T): T {
  return { ...instance, status: toPascalCase(instance.status), subStatus: toPascalCase(instance.subStatus) };
}

const normalizeEntry = (entry: JournalEntry): JournalEntry => ({ ...entry, event: toPascalCase(entry.event) });

export function normalizeInstance(instance: WorkflowInstance): WorkflowInstance {
  return { ...normalizeInstanceSummary(instance), journal: instance.journal?.map(normalizeEntry) ?? instance.journal };
}

export function normalizeExecuteResult(result: ExecuteResult): ExecuteResult {
  return { ...result, status: toPascalCase(result.status), subStatus: result.subStatus && toPascalCase(result.subStatus) };
}

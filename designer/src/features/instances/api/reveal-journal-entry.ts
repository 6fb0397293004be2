import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { toPascalCase } from '@/lib/instance-enums';
import type { JournalEntry } from '@/types/instance';
import { instancePath } from './get-instance';

/**
 * One step's inputs and outputs unmasked. The server records each call in the audit trail before it answers,
 * which is why this is a POST, and why the answer is kept only by the component that asked (never in the query cache).
 */
export async function revealJournalEntry({ instanceId, sequence }: { instanceId: string; sequence: number }): Promise<JournalEntry> {
  const entry = await api.post<JournalEntry>(`${instancePath(instanceId)}/journal/${sequence}/reveal`);
  return { ...entry, event: toPascalCase(entry.event) };
}

export function useRevealJournalEntry() {
  return useMutation({ mutationFn: revealJournalEntry, gcTime: 0 });
}

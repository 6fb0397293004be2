import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DeadLetterDecision } from '@/types/dead-letter';
import { deadLetterPath } from './get-dead-letter';
import { normalizeDeadLetter } from './normalize-dead-letter';

export type DeadLetterAction = 'replay' | 'discard';

/** Replays (runs the retried step again with a fresh schedule) or discards a pending dead letter. */
export async function decideDeadLetter({ id, action }: { id: string; action: DeadLetterAction }): Promise<DeadLetterDecision> {
  const answer = await api.post<DeadLetterDecision>(`${deadLetterPath(id)}/${action}`);
  return { ...answer, deadLetter: normalizeDeadLetter(answer.deadLetter) };
}

export function useDecideDeadLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideDeadLetter,
    // A 409 means someone else decided first: what is shown is stale either way.
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['dead-letters'] }), queryClient.invalidateQueries({ queryKey: ['workflow-instances'] })]),
  });
}

import type { DeadLetter, DeadLetterStatus } from '@/types/dead-letter';

const statuses: readonly DeadLetterStatus[] = ['pending', 'replayed', 'discarded'];

/** The server writes statuses camel-cased; any case is read, and a missing error list reads as empty. */
export function normalizeDeadLetter(letter: DeadLetter): DeadLetter {
  const status = statuses.find((s) => s === String(letter.status).toLowerCase()) ?? letter.status;
  return { ...letter, status, errors: letter.errors ?? [] };
}

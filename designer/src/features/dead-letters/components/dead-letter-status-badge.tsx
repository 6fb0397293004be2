import { Badge } from '@/components';
import type { DeadLetterStatus } from '@/types/dead-letter';

const tones = { pending: 'warning', replayed: 'success', discarded: 'neutral' } as const;
const labels = { pending: 'Pending', replayed: 'Replayed', discarded: 'Discarded' } as const;

/** The status as a word, not only a colour. */
export function DeadLetterStatusBadge({ status }: { status: DeadLetterStatus }) {
  return <Badge tone={tones[status] ?? 'neutral'}>{labels[status] ?? status}</Badge>;
}

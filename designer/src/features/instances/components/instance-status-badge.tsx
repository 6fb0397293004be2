import { Badge } from '@/components';
import type { InstanceStatus, InstanceSubStatus } from '@/types/instance';

const tones = { Completed: 'success', Faulted: 'danger', Cancelled: 'neutral', Suspended: 'info', Executing: 'warning' } as const;

export function InstanceStatusBadge({ status, subStatus }: { status: InstanceStatus; subStatus: InstanceSubStatus }) {
  return <Badge tone={tones[subStatus] ?? 'neutral'}>{status === 'Finished' ? subStatus : `${status} · ${subStatus}`}</Badge>;
}

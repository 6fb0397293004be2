/** Instances started in one hour, by where each is now. */
export interface HourCounts {
  start: string;
  running: number;
  suspended: number;
  completed: number;
  faulted: number;
  cancelled: number;
}

export interface StepDuration {
  definitionId: string;
  nodeId: string;
  activityType: string;
  runs: number;
  averageMs: number;
  maxMs: number;
}

/** `GET /api/dashboard` (docs/api.md). */
export interface Dashboard {
  from: string;
  to: string;
  hours: HourCounts[];
  totals: { started: number; running: number; suspended: number; completed: number; faulted: number; cancelled: number };
  /** faulted ÷ (completed + faulted) of the instances started in the window; null when none ended so. */
  failureRate: number | null;
  deadLetters: { pending: number; inRange: number };
  suspendedCount: number;
  oldestSuspended: { id: string; definitionId: string; version: number; name?: string | null; createdAt: string; updatedAt: string } | null;
  slowestSteps: StepDuration[];
}

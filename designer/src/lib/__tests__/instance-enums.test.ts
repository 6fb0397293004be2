import { describe, expect, it } from 'vitest';
import type { WorkflowInstance } from '@/types/instance';
import { normalizeExecuteResult, normalizeInstance } from '../instance-enums';

describe('instance enums', () => {
  it('brings camel-cased statuses and journal events to the documented spelling', () => {
    const instance = {
      id: 'i',
      definitionId: 'd',
      version: 1,
      status: 'finished',
      subStatus: 'faulted',
      createdAt: '',
      updatedAt: '',
      incidentCount: 0,
      journal: [{ sequence: 1, nodeId: 'a', activityType: 'Start', event: 'completed', startedAt: '' }],
    } as unknown as WorkflowInstance;

    const normalized = normalizeInstance(instance);

    expect(normalized).toMatchObject({ status: 'Finished', subStatus: 'Faulted' });
    expect(normalized.journal?.[0]?.event).toBe('Completed');
  });

  it('leaves the documented spelling as it is', () => {
    expect(normalizeExecuteResult({ instanceId: 'i', status: 'Running', subStatus: 'Executing' })).toEqual({ instanceId: 'i', status: 'Running', subStatus: 'Executing' });
  });
});

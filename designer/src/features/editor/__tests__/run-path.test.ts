import { describe, expect, it } from 'vitest';
import { httpEcho } from '@/testing/fixtures';
import type { WorkflowInstance } from '@/types/instance';
import { runPathFromInstance } from '../lib/run-path';

const instance = (journal: WorkflowInstance['journal'], incidents: WorkflowInstance['incidents'] = []): WorkflowInstance => ({
  id: 'i1',
  definitionId: 'http-echo',
  version: 1,
  status: 'Finished',
  subStatus: 'Completed',
  createdAt: '',
  updatedAt: '',
  incidentCount: incidents?.length ?? 0,
  journal,
  incidents,
});

const step = (sequence: number, nodeId: string, outcomes: string[], event = 'Completed') => ({ sequence, nodeId, activityType: 'x', event, outcomes, startedAt: '' });

describe('runPathFromInstance', () => {
  it('follows the outcomes each node completed with to the nodes that ran', () => {
    const path = runPathFromInstance(instance([step(1, 'start', ['Done']), step(2, 'big', ['False']), step(3, 'done', [])]), httpEcho.connections);

    expect(path.nodes).toEqual({ start: 'completed', big: 'completed', done: 'completed' });
    expect(path.edgeIds).toEqual(['start:Done->big', 'big:False->done']);
  });

  it('marks a faulted node and takes no connection out of it', () => {
    const path = runPathFromInstance(
      instance([step(1, 'start', ['Done']), step(2, 'big', [], 'Faulted')], [{ id: 'x', nodeId: 'big', activityType: 'If', message: 'boom', timestamp: '' }]),
      httpEcho.connections,
    );

    expect(path.nodes.big).toBe('faulted');
    expect(path.edgeIds).toEqual(['start:Done->big']);
  });
});

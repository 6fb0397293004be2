import { describe, expect, it } from 'vitest';
import { httpEcho } from '@/testing/fixtures';
import type { WorkflowDocument } from '@/types/workflow';
import { diffWorkflows, isEmptyDiff } from '../lib/workflow-diff';

const base: WorkflowDocument = httpEcho;

describe('diffWorkflows', () => {
  it('finds nothing between a version and itself', () => {
    expect(isEmptyDiff(diffWorkflows(base, structuredClone(base)))).toBe(true);
  });

  it('names the changed input, with its value and mode before and after', () => {
    const after = structuredClone(base);
    after.nodes = after.nodes.map((n) => (n.id === 'big' ? { ...n, inputs: { condition: { mode: 'literal', value: true } } } : n));

    const diff = diffWorkflows(base, after);

    expect(diff.changed).toEqual([
      { id: 'big', name: 'Is it big?', changes: [{ path: 'inputs.condition', before: { mode: 'expression', value: 'input.amount > 100' }, after: { mode: 'literal', value: true } }] },
    ]);
  });

  it('tells moves apart from changes', () => {
    const after = structuredClone(base);
    after.nodes = after.nodes.map((n) => (n.id === 'start' ? { ...n, position: { x: 50, y: 50 } } : n));

    const diff = diffWorkflows(base, after);

    expect(diff.moved).toEqual(['start']);
    expect(diff.changed).toEqual([]);
  });

  it('lists added and removed nodes and connections, and workflow fields', () => {
    const after = structuredClone(base);
    after.nodes = after.nodes.filter((n) => n.id !== 'setBig');
    after.nodes.push({ id: 'wait', type: 'Delay' });
    after.connections = [...after.connections.filter((c) => c.source !== 'setBig' && c.target !== 'setBig'), { source: 'big', outcome: 'True', target: 'wait' }];
    after.name = 'Echo';

    const diff = diffWorkflows(base, after);

    expect(diff.added.map((n) => n.id)).toEqual(['wait']);
    expect(diff.removed.map((n) => n.id)).toEqual(['setBig']);
    expect(diff.connectionsAdded).toEqual([{ source: 'big', outcome: 'True', target: 'wait' }]);
    expect(diff.connectionsRemoved.map((c) => `${c.source}-${c.target}`)).toEqual(['big-setBig', 'setBig-done']);
    expect(diff.workflowFields).toEqual([{ path: 'name', before: 'HTTP echo', after: 'Echo' }]);
  });
});

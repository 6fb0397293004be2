import { describe, expect, it } from 'vitest';
import { descriptors, httpEcho } from '@/testing/fixtures';
import { toDescriptorMap } from '../lib/workflow-mapping';
import { createEditorStore, selectIsDirty } from '../stores/editor-store';

const newStore = () => createEditorStore(httpEcho, toDescriptorMap(descriptors));
const positionOf = (store: ReturnType<typeof newStore>, id: string) => store.getState().nodes.find((n) => n.id === id)?.position;

describe('editor store history', () => {
  it('undoes and redoes an added node as one step', () => {
    const store = newStore();

    const id = store.getState().addNode('Delay', { x: 10, y: 20 });
    expect(store.getState().nodes.map((n) => n.id)).toContain(id);

    store.getState().undo();
    expect(store.getState().nodes.map((n) => n.id)).not.toContain(id);

    store.getState().redo();
    expect(store.getState().nodes.map((n) => n.id)).toContain(id);
  });

  it('records a whole drag as one step', () => {
    const store = newStore();

    for (const x of [10, 20, 30]) store.getState().onNodesChange([{ type: 'position', id: 'big', position: { x, y: 0 }, dragging: true }]);
    store.getState().onNodesChange([{ type: 'position', id: 'big', position: { x: 30, y: 0 }, dragging: false }]);
    expect(store.getState().past).toHaveLength(1);

    store.getState().undo();
    expect(positionOf(store, 'big')).toEqual({ x: 240, y: 0 });
  });

  it('merges typing into one field into one step, and a new field starts another', () => {
    const store = newStore();

    for (const value of ['i', 'in', 'input.amount > 5']) store.getState().setInput('big', 'condition', { mode: 'expression', value });
    store.getState().updateNode('big', (m) => ({ ...m, displayName: 'Large?' }), 'displayName:big');
    expect(store.getState().past).toHaveLength(2);

    store.getState().undo();
    expect(store.getState().nodes.find((n) => n.id === 'big')?.data.model.inputs?.condition).toEqual({ mode: 'expression', value: 'input.amount > 5' });
    store.getState().undo();
    expect(store.getState().nodes.find((n) => n.id === 'big')?.data.model.inputs?.condition).toEqual({ mode: 'expression', value: 'input.amount > 100' });
  });

  it('starts a new step for the same field after the edit ends', () => {
    const store = newStore();

    store.getState().updateMeta((m) => ({ ...m, name: 'A' }), 'name');
    store.getState().endEdit();
    store.getState().updateMeta((m) => ({ ...m, name: 'AB' }), 'name');

    expect(store.getState().past).toHaveLength(2);
  });

  it('deletes the selection with its connections in one step', () => {
    const store = newStore();
    store.getState().selectNode('big');

    store.getState().deleteSelection();
    expect(store.getState().nodes.map((n) => n.id)).toEqual(['start', 'setBig', 'done']);
    expect(store.getState().edges.map((e) => e.id)).toEqual(['setBig:Done->done']);

    store.getState().undo();
    expect(store.getState().edges).toHaveLength(4);
  });

  it('connects an outcome once and never into a trigger or the node itself', () => {
    const store = newStore();

    expect(store.getState().connect({ source: 'setBig', sourceHandle: 'Failed', target: 'done' })).toBe(true);
    expect(store.getState().connect({ source: 'setBig', sourceHandle: 'Failed', target: 'done' })).toBe(false);
    expect(store.getState().connect({ source: 'done', sourceHandle: 'Failed', target: 'start' })).toBe(false);
    expect(store.getState().connect({ source: 'big', sourceHandle: 'True', target: 'big' })).toBe(false);
  });

  it('inserts after a node from the given outcome', () => {
    const store = newStore();

    const id = store.getState().addNode('Delay', undefined, { nodeId: 'setBig', outcome: 'Failed' });

    expect(store.getState().edges.some((e) => e.source === 'setBig' && e.sourceHandle === 'Failed' && e.target === id)).toBe(true);
    expect(store.getState().nodes.find((n) => n.id === id)?.selected).toBe(true);
  });

  it('applies an auto-layout as one undoable step', () => {
    const store = newStore();

    store.getState().applyLayout({ start: { x: 0, y: 100 }, big: { x: 300, y: 100 } });
    expect(positionOf(store, 'big')).toEqual({ x: 300, y: 100 });

    store.getState().undo();
    expect(positionOf(store, 'big')).toEqual({ x: 240, y: 0 });
  });

  it('is dirty after an edit, clean after a save, and dirty again when the save is undone', () => {
    const store = newStore();
    expect(selectIsDirty(store.getState())).toBe(false);

    store.getState().updateMeta((m) => ({ ...m, name: 'Renamed' }));
    expect(selectIsDirty(store.getState())).toBe(true);

    store.getState().markSaved({ ...httpEcho, revision: 4 }, store.getState().stamp);
    expect(selectIsDirty(store.getState())).toBe(false);
    expect(store.getState().versionInfo).toEqual({ version: 1, revision: 4, state: 'draft' });

    store.getState().undo();
    expect(selectIsDirty(store.getState())).toBe(true);
    store.getState().redo();
    expect(selectIsDirty(store.getState())).toBe(false);
  });

  it('keeps edits made during a save unsaved', () => {
    const store = newStore();
    store.getState().updateMeta((m) => ({ ...m, name: 'One' }));
    const sent = store.getState().stamp;

    store.getState().updateMeta((m) => ({ ...m, name: 'Two' }));
    store.getState().markSaved(httpEcho, sent);

    expect(selectIsDirty(store.getState())).toBe(true);
  });

  it('does not record selection or measuring as a step', () => {
    const store = newStore();

    store.getState().onNodesChange([{ type: 'select', id: 'big', selected: true }]);
    store.getState().onNodesChange([{ type: 'dimensions', id: 'big', dimensions: { width: 220, height: 100 } }]);

    expect(store.getState().past).toHaveLength(0);
    expect(selectIsDirty(store.getState())).toBe(false);
  });
});

describe('editor store clipboard', () => {
  it('copies the selected nodes with the connections among them', () => {
    const store = newStore();
    store.getState().onNodesChange([
      { type: 'select', id: 'big', selected: true },
      { type: 'select', id: 'setBig', selected: true },
    ]);

    const payload = store.getState().copySelection();

    expect(payload?.nodes.map((n) => n.id)).toEqual(['big', 'setBig']);
    expect(payload?.connections).toEqual([{ source: 'big', outcome: 'True', target: 'setBig', futureConnectionField: 1 }]);
  });

  it('pastes under fresh ids, offset and selected, as one step, into another workflow too', () => {
    const source = newStore();
    source.getState().selectNode('setBig');
    const payload = source.getState().copySelection();
    const target = newStore();

    target.getState().paste(payload as NonNullable<typeof payload>);

    const pasted = target.getState().nodes.filter((n) => n.selected);
    expect(pasted.map((n) => n.id)).toEqual(['setBig2']);
    expect(pasted[0]?.position).toEqual({ x: 520, y: -40 });
    expect(pasted[0]?.data.model.inputs).toEqual({ variable: { mode: 'literal', value: 'label' }, value: { mode: 'literal', value: 'big' } });
    target.getState().undo();
    expect(target.getState().nodes.map((n) => n.id)).toEqual(['start', 'big', 'setBig', 'done']);
  });

  it('copies nothing when nothing is selected', () => {
    expect(newStore().getState().copySelection()).toBeNull();
  });
});

import { applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createUniqueId } from '@/lib/create-id';
import { omitKey } from '@/lib/omit-key';
import type { ValidationProblem } from '@/types/api';
import type { NodeInputValue, Position, WorkflowDefinition, WorkflowDocument, WorkflowNode } from '@/types/workflow';
import type { EditorEdge, EditorNode } from '../components/nodes/node-types';
import { renameForPaste, toClipboardPayload, type ClipboardPayload } from '../lib/clipboard';
import type { WorkflowDiff } from '../lib/workflow-diff';
import {
  edgeId,
  loadWorkflow,
  toDocument,
  toEditorEdge,
  toEditorNode,
  type DescriptorMap,
  type VersionInfo,
  type WorkflowMeta,
} from '../lib/workflow-mapping';

interface Snapshot {
  meta: WorkflowMeta;
  nodes: EditorNode[];
  edges: EditorEdge[];
  stamp: number;
}

export type NodeRunStatus = 'completed' | 'faulted' | 'suspended';

/** The path an instance took, drawn over the canvas after a test run. */
export interface RunPath {
  instanceId: string;
  nodes: Record<string, NodeRunStatus>;
  edgeIds: string[];
}

/** Another version compared with what is open, drawn over the canvas. */
export interface Comparison {
  label: string;
  diff: WorkflowDiff;
}

export interface EditorState {
  descriptors: DescriptorMap;
  meta: WorkflowMeta;
  versionInfo: VersionInfo | null;
  nodes: EditorNode[];
  edges: EditorEdge[];
  past: Snapshot[];
  future: Snapshot[];
  /** Changes with every edit; equal to `savedStamp` when nothing is unsaved. */
  stamp: number;
  savedStamp: number;
  problems: ValidationProblem[];
  valid: boolean | null;
  runPath: RunPath | null;
  comparison: Comparison | null;
  /** What the server refused at the last publish (422), e.g. a route another workflow serves; cleared by a publish or an edit of that node. */
  publishProblems: ValidationProblem[];

  onNodesChange: (changes: NodeChange<EditorNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<EditorEdge>[]) => void;
  connect: (connection: Connection | { source: string; sourceHandle: string; target: string }) => boolean;
  disconnect: (edgeId: string) => void;
  addNode: (typeName: string, position?: Position, after?: { nodeId: string; outcome?: string }) => string | null;
  updateNode: (nodeId: string, update: (model: WorkflowNode) => WorkflowNode, coalesceKey?: string) => void;
  setInput: (nodeId: string, inputName: string, value: NodeInputValue | undefined) => void;
  setOutputBinding: (nodeId: string, outputName: string, variable: string) => void;
  updateMeta: (update: (meta: WorkflowMeta) => WorkflowMeta, coalesceKey?: string) => void;
  deleteNodes: (nodeIds: string[]) => void;
  /** The selected nodes and the connections among them, for the clipboard; null when nothing is selected. */
  copySelection: () => ClipboardPayload | null;
  /** Adds copied nodes under fresh ids, selected, as one step. */
  paste: (payload: ClipboardPayload) => void;
  deleteSelection: () => void;
  selectNode: (nodeId: string | null) => void;
  applyLayout: (positions: Record<string, Position>) => void;
  undo: () => void;
  redo: () => void;
  reset: (definition: WorkflowDocument | WorkflowDefinition) => void;
  /** Records a save: `stamp` is the edit that was sent, so edits made while saving stay unsaved. */
  markSaved: (definition: WorkflowDefinition, stamp: number) => void;
  /** Ends the current typing session, so the next edit of the same field is its own undo step. */
  endEdit: () => void;
  setValidation: (valid: boolean | null, problems: ValidationProblem[]) => void;
  setRunPath: (path: RunPath | null) => void;
  setComparison: (comparison: Comparison | null) => void;
  setPublishProblems: (problems: ValidationProblem[]) => void;
  toDocument: () => WorkflowDocument;
}

export type EditorStore = StoreApi<EditorState>;

const historyLimit = 200;
const arrowMoveKey = 'move';

/** Makes the store for one open workflow; every change that matters to the file is one undo step. */
export function createEditorStore(definition: WorkflowDocument | WorkflowDefinition, descriptors: DescriptorMap): EditorStore {
  let stampCounter = 0;
  let lastCoalesceKey: string | null = null;
  let dragging = false;

  return createStore<EditorState>()((set, get) => {
    const snapshot = (): Snapshot => {
      const { meta, nodes, edges, stamp } = get();
      return { meta, nodes, edges, stamp };
    };

    /** Records the current state as one undo step, unless the same coalescing edit is still going on. */
    const record = (coalesceKey?: string) => {
      if (coalesceKey && coalesceKey === lastCoalesceKey) return;
      lastCoalesceKey = coalesceKey ?? null;
      set((state) => ({ past: [...state.past, snapshot()].slice(-historyLimit), future: [] }));
    };

    const commit = (change: Partial<Pick<EditorState, 'meta' | 'nodes' | 'edges'>>, coalesceKey?: string) => {
      record(coalesceKey);
      set({ ...change, stamp: ++stampCounter });
    };

    const restore = (target: Snapshot): Partial<EditorState> => ({
      meta: target.meta,
      nodes: target.nodes,
      edges: target.edges,
      stamp: target.stamp,
    });

    const loaded = loadWorkflow(definition, descriptors);

    return {
      descriptors,
      meta: loaded.meta,
      versionInfo: loaded.versionInfo,
      nodes: loaded.nodes,
      edges: loaded.edges,
      past: [],
      future: [],
      stamp: 0,
      savedStamp: 0,
      problems: [],
      valid: null,
      runPath: null,
      comparison: null,
      publishProblems: [],

      onNodesChange: (changes) => {
        const moves = changes.filter((c) => c.type === 'position');
        const removals = changes.filter((c) => c.type === 'remove');
        if (removals.length) {
          get().deleteNodes(removals.map((c) => c.id));
          return;
        }
        const others = changes.filter((c) => c.type !== 'position');
        if (moves.length === 0) {
          if (others.length) set((state) => ({ nodes: applyNodeChanges(others, state.nodes) }));
          return;
        }
        const dragStep = moves.some((c) => c.type === 'position' && c.dragging);
        const current = new Map(get().nodes.map((n) => [n.id, n.position]));
        const moved = moves.some((c) => {
          if (c.type !== 'position' || !c.position) return false;
          const was = current.get(c.id);
          return !was || was.x !== c.position.x || was.y !== c.position.y;
        });
        if (dragStep && !dragging && moved) {
          dragging = true;
          record();
        } else if (!dragStep && !dragging && moved) {
          // Arrow-key moves of the same selection make one step.
          const key = `${arrowMoveKey}:${moves.map((c) => (c.type === 'position' ? c.id : '')).join(',')}`;
          record(key);
        }
        if (!dragStep) dragging = false;
        set((state) => ({ nodes: applyNodeChanges(changes, state.nodes), stamp: moved ? ++stampCounter : state.stamp }));
      },

      onEdgesChange: (changes) => {
        const removals = changes.filter((c) => c.type === 'remove').map((c) => c.id);
        if (removals.length) {
          commit({ edges: get().edges.filter((e) => !removals.includes(e.id)) });
          return;
        }
        set((state) => ({
          edges: state.edges.map((edge) => {
            const change = changes.find((c) => c.type === 'select' && c.id === edge.id);
            return change && change.type === 'select' ? { ...edge, selected: change.selected } : edge;
          }),
        }));
      },

      connect: (connection) => {
        const { source, target, sourceHandle } = connection;
        if (!source || !target || !sourceHandle || source === target) return false;
        const workflowConnection = { source, outcome: sourceHandle, target };
        if (get().edges.some((e) => e.id === edgeId(workflowConnection))) return false;
        if (!get().nodes.some((n) => n.id === target) || get().nodes.find((n) => n.id === target)?.type === 'trigger') return false;
        commit({ edges: [...get().edges, toEditorEdge(workflowConnection)] });
        return true;
      },

      disconnect: (id) => commit({ edges: get().edges.filter((e) => e.id !== id) }),

      addNode: (typeName, position, after) => {
        const descriptor = get().descriptors.get(typeName);
        if (!descriptor) return null;
        const { nodes, edges } = get();
        const id = createUniqueId(typeName, new Set(nodes.map((n) => n.id)));
        const anchor = after ? nodes.find((n) => n.id === after.nodeId) : undefined;
        const place = position ?? (anchor ? { x: anchor.position.x + 280, y: anchor.position.y + 40 * edges.filter((e) => e.source === anchor.id).length } : { x: 0, y: 0 });
        const model: WorkflowNode = { id, type: typeName, displayName: descriptor.displayName, position: place };
        const node = { ...toEditorNode(model, descriptor), selected: true } as EditorNode;
        const nextEdges = [...edges];
        if (anchor && after?.outcome && descriptor.kind !== 'trigger') nextEdges.push(toEditorEdge({ source: anchor.id, outcome: after.outcome, target: id }));
        commit({ nodes: [...nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node], edges: nextEdges });
        return id;
      },

      updateNode: (nodeId, update, coalesceKey) => {
        const nodes = get().nodes.map((node) => (node.id === nodeId ? ({ ...node, data: { ...node.data, model: update(node.data.model) } } as EditorNode) : node));
        commit({ nodes }, coalesceKey);
        // A refusal about this node was about its old settings.
        if (get().publishProblems.some((p) => p.nodeId === nodeId)) set({ publishProblems: get().publishProblems.filter((p) => p.nodeId !== nodeId) });
      },

      setInput: (nodeId, inputName, value) =>
        get().updateNode(
          nodeId,
          (model) => {
            const rest = omitKey(model.inputs ?? {}, inputName);
            return { ...model, inputs: value === undefined ? rest : { ...rest, [inputName]: value } };
          },
          `input:${nodeId}:${inputName}:${value?.mode ?? 'default'}`,
        ),

      setOutputBinding: (nodeId, outputName, variable) =>
        get().updateNode(nodeId, (model) => {
          const rest = omitKey(model.outputBindings ?? {}, outputName);
          return { ...model, outputBindings: variable ? { ...rest, [outputName]: variable } : rest };
        }),

      updateMeta: (update, coalesceKey) => commit({ meta: update(get().meta) }, coalesceKey),

      deleteNodes: (nodeIds) => {
        if (nodeIds.length === 0) return;
        const gone = new Set(nodeIds);
        commit({
          nodes: get().nodes.filter((n) => !gone.has(n.id)),
          edges: get().edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
        });
      },

      copySelection: () => {
        const document = get().toDocument();
        const selected = new Set(get().nodes.filter((n) => n.selected).map((n) => n.id));
        if (selected.size === 0) return null;
        return toClipboardPayload(document.nodes.filter((n) => selected.has(n.id)), document.connections);
      },

      paste: (payload) => {
        const { nodes, edges, descriptors: known } = get();
        const pasted = renameForPaste(payload, new Set(nodes.map((n) => n.id)));
        if (pasted.nodes.length === 0) return;
        const added = pasted.nodes.map((model) => ({ ...toEditorNode(model, known.get(model.type)), selected: true }) as EditorNode);
        commit({
          nodes: [...nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...added],
          edges: [...edges, ...pasted.connections.map(toEditorEdge)],
        });
      },

      deleteSelection: () => {
        const { nodes, edges } = get();
        const gone = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
        const keptEdges = edges.filter((e) => !e.selected && !gone.has(e.source) && !gone.has(e.target));
        if (gone.size === 0 && keptEdges.length === edges.length) return;
        commit({ nodes: nodes.filter((n) => !gone.has(n.id)), edges: keptEdges });
      },

      selectNode: (nodeId) =>
        set((state) => ({
          nodes: state.nodes.map((n) => (n.selected === (n.id === nodeId) ? n : { ...n, selected: n.id === nodeId })),
          edges: state.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
        })),

      applyLayout: (positions) =>
        commit({ nodes: get().nodes.map((n) => (positions[n.id] ? { ...n, position: positions[n.id] as Position } : n)) }),

      undo: () => {
        const { past, future } = get();
        const previous = past[past.length - 1];
        if (!previous) return;
        lastCoalesceKey = null;
        set({ ...restore(previous), past: past.slice(0, -1), future: [snapshot(), ...future] });
      },

      redo: () => {
        const { past, future } = get();
        const next = future[0];
        if (!next) return;
        lastCoalesceKey = null;
        set({ ...restore(next), past: [...past, snapshot()], future: future.slice(1) });
      },

      reset: (next) => {
        const fresh = loadWorkflow(next, get().descriptors);
        lastCoalesceKey = null;
        const stamp = ++stampCounter;
        set({ ...fresh, past: [], future: [], stamp, savedStamp: stamp, problems: [], valid: null, runPath: null, comparison: null, publishProblems: [] });
      },

      markSaved: (saved, stamp) => {
        const info = loadWorkflow(saved, get().descriptors).versionInfo;
        set({ versionInfo: info, savedStamp: stamp });
      },

      endEdit: () => {
        lastCoalesceKey = null;
      },
      setValidation: (valid, problems) => set({ valid, problems }),
      setRunPath: (runPath) => set({ runPath }),
      setComparison: (comparison) => set({ comparison }),
      setPublishProblems: (publishProblems) => set({ publishProblems }),
      toDocument: () => toDocument(get().meta, get().nodes, get().edges),
    };
  });
}

export const selectIsDirty = (state: EditorState) => state.stamp !== state.savedStamp;
export const selectCanUndo = (state: EditorState) => state.past.length > 0;
export const selectCanRedo = (state: EditorState) => state.future.length > 0;

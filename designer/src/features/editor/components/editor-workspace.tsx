import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConfirmDialog, SelectField, notify } from '@/components';
import { errorMessage, isApiError } from '@/lib/api-error';
import type { ActivityDescriptor } from '@/types/activity';
import type { WorkflowDefinition } from '@/types/workflow';
import { getWorkflowDefinition } from '../api/get-workflow-definition';
import { getWorkflowVersion } from '../api/get-workflow-version';
import { useWorkflowVersions } from '../api/get-workflow-versions';
import { usePublishWorkflow } from '../api/publish-workflow';
import { useRetractWorkflow } from '../api/retract-workflow';
import { useRevertWorkflow } from '../api/revert-workflow';
import { useSaveWorkflow } from '../api/save-workflow';
import { computeAutoLayout } from '../lib/auto-layout';
import { outcomePorts, usedOutcomes } from '../lib/node-outcomes';
import { diffWorkflows } from '../lib/workflow-diff';
import { toDescriptorMap } from '../lib/workflow-mapping';
import { useEditorShortcuts } from '../hooks/use-editor-shortcuts';
import { useInstancePath } from '../hooks/use-instance-path';
import { useNodeClipboard } from '../hooks/use-node-clipboard';
import { useUnsavedChangesGuard } from '../hooks/use-unsaved-changes-guard';
import { createEditorStore, selectIsDirty } from '../stores/editor-store';
import { EditorStoreContext, useEditorStore, useEditorStoreApi } from '../stores/editor-store-context';
import { ComparisonPanel } from './comparison-panel';
import { RunPathBanner } from './run-path-banner';
import { ConflictDialog } from './dialogs/conflict-dialog';
import { PublishDialog } from './dialogs/publish-dialog';
import { TestRunDialog } from './dialogs/test-run-dialog';
import { VersionsDialog } from './dialogs/versions-dialog';
import { EditorToolbar } from './editor-toolbar';
import { FlowCanvas } from './flow-canvas';
import { OutlineView } from './outline-view';
import { Palette } from './palette';
import { ProblemsPanel } from './problems-panel';
import { PropertyPanel } from './properties/property-panel';
import { useLiveValidation } from './use-live-validation';

export function EditorWorkspace({ definition, descriptors }: { definition: WorkflowDefinition; descriptors: ActivityDescriptor[] }) {
  const [store] = useState(() => createEditorStore(definition, toDescriptorMap(descriptors)));
  return (
    <EditorStoreContext.Provider value={store}>
      <EditorLayout definitionId={definition.definitionId} descriptors={descriptors} />
    </EditorStoreContext.Provider>
  );
}

function EditorLayout({ definitionId, descriptors }: { definitionId: string; descriptors: ActivityDescriptor[] }) {
  const flow = useReactFlow();
  const editor = useEditorStoreApi();
  const name = useEditorStore((s) => s.meta.name);
  const dirty = useEditorStore(selectIsDirty);
  const valid = useEditorStore((s) => s.valid);
  const info = useEditorStore((s) => s.versionInfo);
  const selectedId = useEditorStore((s) => {
    const chosen = s.nodes.filter((n) => n.selected);
    return chosen.length === 1 ? chosen[0]?.id : undefined;
  });
  // The outcome an inserted activity is connected from; '' picks the first free one.
  const [chosenOutcome, setChosenOutcome] = useState<{ nodeId: string; outcome: string } | null>(null);
  const insertOutcome = chosenOutcome && chosenOutcome.nodeId === selectedId ? chosenOutcome.outcome : '';
  const selectedPorts = useEditorStore((s) => {
    const node = selectedId ? s.nodes.find((n) => n.id === selectedId) : undefined;
    return node ? outcomePorts(node, s.descriptors.get(node.data.model.type), s.edges).map((p) => p.name).join('\n') : '';
  });
  const selectedName = useEditorStore((s) => (selectedId ? (s.nodes.find((n) => n.id === selectedId)?.data.model.displayName ?? selectedId) : null));
  const [sideTab, setSideTab] = useState<'palette' | 'outline'>('palette');
  const [dialog, setDialog] = useState<'publish' | 'retract' | 'versions' | 'test' | 'conflict' | null>(null);
  const [layingOut, setLayingOut] = useState(false);
  const [searchParams] = useSearchParams();
  const validation = useLiveValidation(definitionId);
  const save = useSaveWorkflow();
  const publish = usePublishWorkflow();
  const revert = useRevertWorkflow();
  const retract = useRetractWorkflow();
  const versions = useWorkflowVersions(definitionId);
  const publishedVersion = versions.data?.find((v) => v.state === 'published')?.version ?? null;

  const focusNode = useCallback(
    (nodeId: string) => {
      editor.getState().selectNode(nodeId);
      // A node is shown once it has been measured (always, in a browser).
      if (flow.getNode(nodeId)?.measured?.width) void flow.fitView({ nodes: [{ id: nodeId }], duration: 250, maxZoom: 1.2 });
    },
    [flow, editor],
  );

  const saveDraft = useCallback(
    (base?: { version: number; revision: number }) => {
      const state = editor.getState();
      const loaded = base ?? state.versionInfo;
      if (!loaded) return;
      const stamp = state.stamp;
      save.mutate(
        { document: state.toDocument(), version: loaded.version, revision: loaded.revision },
        {
          onSuccess: (saved) => {
            state.markSaved(saved, stamp);
            setDialog(null);
            notify(`Saved draft v${saved.version}.`, 'success');
          },
          onError: (error) => {
            if (isApiError(error) && error.status === 409) setDialog('conflict');
            else notify(`Save failed: ${errorMessage(error)}`, 'error');
          },
        },
      );
    },
    [save, editor],
  );

  const reloadFromServer = async (then: 'reload' | 'overwrite') => {
    try {
      const latest = await getWorkflowDefinition(definitionId);
      if (then === 'reload') {
        editor.getState().reset(latest);
        setDialog(null);
        notify('Loaded the version saved on the server.', 'info');
      } else {
        saveDraft({ version: latest.version, revision: latest.revision });
      }
    } catch (error) {
      notify(errorMessage(error), 'error');
    }
  };

  useEditorShortcuts(editor, saveDraft);
  useNodeClipboard(editor);
  const blocker = useUnsavedChangesGuard(dirty);
  useInstancePath(editor, searchParams.get('instance'));

  const insert = (typeName: string) => {
    const state = editor.getState();
    const anchor = selectedId ? state.nodes.find((n) => n.id === selectedId) : undefined;
    let id: string | null;
    if (anchor) {
      const used = new Set(usedOutcomes(anchor.id, state.edges));
      const ports = outcomePorts(anchor, state.descriptors.get(anchor.data.model.type), state.edges).filter((p) => !p.failure);
      const outcome = insertOutcome || (ports.find((p) => !used.has(p.name))?.name ?? ports[0]?.name);
      id = state.addNode(typeName, undefined, { nodeId: anchor.id, outcome });
    } else {
      const bounds = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
      const center = bounds ? flow.screenToFlowPosition({ x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 }) : { x: 0, y: 0 };
      id = state.addNode(typeName, { x: Math.round(center.x - 110), y: Math.round(center.y - 30) });
    }
    const descriptor = state.descriptors.get(typeName);
    const added = id ? editor.getState().nodes.find((n) => n.id === id) : undefined;
    // Keep the new node in view, at the current zoom (once the canvas has a size).
    const laidOut = (document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect().width ?? 0) > 0;
    if (added && laidOut) void flow.setCenter(added.position.x + 110, added.position.y + 40, { zoom: flow.getZoom(), duration: 200 });
    if (id) notify(`Inserted ${descriptor?.displayName ?? typeName}${anchor ? ` after ${anchor.data.model.displayName || anchor.id}` : ''}.`);
  };

  const compareWith = async (version: number) => {
    try {
      const other = await getWorkflowVersion(definitionId, version);
      editor.getState().setComparison({ label: `version ${version}`, diff: diffWorkflows(other, editor.getState().toDocument()) });
      setDialog(null);
    } catch (error) {
      notify(`The comparison failed: ${errorMessage(error)}`, 'error');
    }
  };

  const layout = async () => {
    setLayingOut(true);
    try {
      const state = editor.getState();
      const positions = await computeAutoLayout(state.nodes, state.edges, (node) =>
        outcomePorts(node, state.descriptors.get(node.data.model.type), state.edges).map((p) => p.name),
      );
      editor.getState().applyLayout(positions);
      requestAnimationFrame(() => void flow.fitView({ padding: 0.2, duration: 250 }));
    } catch (error) {
      notify(`Auto-layout failed: ${errorMessage(error)}`, 'error');
    } finally {
      setLayingOut(false);
    }
  };

  const publishBlockedBy =
    info?.state !== 'draft'
      ? 'There is no draft: save a change first.'
      : dirty
        ? 'Save your changes first.'
        : valid === false
          ? 'Fix the problems first.'
          : valid === null
            ? 'Waiting for validation.'
            : null;
  const testRunBlockedBy = dirty ? 'Save your changes first.' : null;

  return (
    <div className="editor">
      <header className="editor__header">
        <Link to="/" className="link-button">
          ← Workflows
        </Link>
        <h1 className="editor__title">{name || definitionId}</h1>
        <Link to={`/instances?definitionId=${encodeURIComponent(definitionId)}`} className="link-button">
          Instances
        </Link>
        <EditorToolbar
          onSave={() => saveDraft()}
          saving={save.isPending}
          onPublish={() => {
            publish.reset();
            setDialog('publish');
          }}
          publishBlockedBy={publishBlockedBy}
          publishedVersion={publishedVersion}
          onRetract={() => setDialog('retract')}
          onVersions={() => setDialog('versions')}
          onTestRun={() => setDialog('test')}
          testRunBlockedBy={testRunBlockedBy}
          onLayout={() => void layout()}
          layingOut={layingOut}
          onFitView={() => void flow.fitView({ padding: 0.2, duration: 250 })}
        />
      </header>
      <div className="editor__body">
        <aside className="editor__side" aria-label="Activities and outline">
          <div className="tabs" role="tablist" aria-label="Side panel">
            <button type="button" role="tab" id="tab-palette" aria-selected={sideTab === 'palette'} aria-controls="panel-palette" onClick={() => setSideTab('palette')}>
              Palette
            </button>
            <button type="button" role="tab" id="tab-outline" aria-selected={sideTab === 'outline'} aria-controls="panel-outline" onClick={() => setSideTab('outline')}>
              Outline
            </button>
          </div>
          <div role="tabpanel" id={`panel-${sideTab}`} aria-labelledby={`tab-${sideTab}`} className="editor__side-panel">
            {sideTab === 'palette' ? (
              <Palette
                descriptors={descriptors}
                onInsert={insert}
                insertHint={selectedName ? `after “${selectedName}”` : 'in the middle of the canvas'}
                insertControl={
                  selectedId && selectedPorts ? (
                    <SelectField
                      label="Connect from outcome"
                      value={insertOutcome}
                      onChange={(e) => setChosenOutcome({ nodeId: selectedId, outcome: e.target.value })}
                    >
                      <option value="">First free outcome</option>
                      {selectedPorts.split('\n').map((port) => (
                        <option key={port} value={port}>
                          {port}
                        </option>
                      ))}
                    </SelectField>
                  ) : null
                }
              />
            ) : (
              <OutlineView onFocusNode={focusNode} />
            )}
          </div>
        </aside>
        <main className="editor__main" id="main">
          <FlowCanvas />
          <RunPathBanner />
          <ComparisonPanel onFocusNode={focusNode} />
          <ProblemsPanel onFocusNode={focusNode} checking={validation.isFetching} failure={validation.error} />
        </main>
        <PropertyPanel onFocusNode={focusNode} />
      </div>

      <PublishDialog
        open={dialog === 'publish'}
        definitionId={definitionId}
        onShowChanges={(live) => void compareWith(live)}
        version={info?.version ?? 0}
        busy={publish.isPending}
        error={publish.error}
        onClose={() => setDialog(null)}
        onShowNode={(nodeId) => {
          setDialog(null);
          // A trigger's refusal is shown, with its settings, in the workflow panel's Trigger section.
          if (editor.getState().nodes.find((n) => n.id === nodeId)?.type === 'trigger') editor.getState().selectNode(null);
          else focusNode(nodeId);
        }}
        onPublish={(note) =>
          publish.mutate(
            { definitionId, note },
            {
              onSuccess: async () => {
                setDialog(null);
                notify(`Published version ${info?.version ?? ''}.`, 'success');
                editor.getState().reset(await getWorkflowDefinition(definitionId));
              },
              // A refusal (a route another workflow serves) stays in the trigger section after the dialog closes.
              onError: (error) => editor.getState().setPublishProblems(isApiError(error) && error.status === 422 ? error.validationProblems : []),
            },
          )
        }
      />
      <ConfirmDialog
        open={dialog === 'retract'}
        title={`Retract version ${publishedVersion ?? ''}?`}
        confirmLabel="Retract"
        danger
        busy={retract.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          retract.mutate(definitionId, {
            onSuccess: async () => {
              setDialog(null);
              notify(`Version ${publishedVersion ?? ''} is out of service.`, 'success');
              // The open version may be the one retracted (now archived); a draft, unsaved edits and all, is not touched.
              if (!selectIsDirty(editor.getState())) editor.getState().reset(await getWorkflowDefinition(definitionId));
            },
            onError: (error) => {
              setDialog(null);
              notify(isApiError(error) && error.status === 409 ? `Nothing to retract: ${errorMessage(error)}` : `Retract failed: ${errorMessage(error)}`, 'error');
            },
          })
        }
      >
        <p>
          It becomes archived and stops serving at once: its HTTP route answers 404 and its other triggers stop. Instances already running go on; the draft
          stays. Publish again to serve it.
        </p>
      </ConfirmDialog>
      <VersionsDialog
        open={dialog === 'versions'}
        definitionId={definitionId}
        busy={revert.isPending}
        onClose={() => setDialog(null)}
        onCompare={(version) => void compareWith(version)}
        onRevert={(version) =>
          revert.mutate(
            { definitionId, version },
            {
              onSuccess: (draft) => {
                editor.getState().reset(draft);
                setDialog(null);
                notify(`The draft is now a copy of version ${version}.`, 'success');
              },
              onError: (error) => notify(`Revert failed: ${errorMessage(error)}`, 'error'),
            },
          )
        }
      />
      {info ? <TestRunDialog open={dialog === 'test'} definitionId={definitionId} version={info.version} onClose={() => setDialog(null)} /> : null}
      <ConflictDialog
        open={dialog === 'conflict'}
        busy={save.isPending}
        onClose={() => setDialog(null)}
        onReload={() => void reloadFromServer('reload')}
        onOverwrite={() => void reloadFromServer('overwrite')}
      />
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title="Leave without saving?"
        confirmLabel="Leave"
        danger
        onCancel={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      >
        <p>This workflow has unsaved changes. They are lost if you leave.</p>
      </ConfirmDialog>
    </div>
  );
}

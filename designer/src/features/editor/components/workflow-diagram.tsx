import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { ErrorState, Spinner } from '@/components';
import { useActivityDescriptors } from '@/features/activities';
import type { ActivityDescriptor } from '@/types/activity';
import type { WorkflowInstance } from '@/types/instance';
import type { WorkflowDefinition } from '@/types/workflow';
import { useWorkflowVersion } from '../api/get-workflow-version';
import { runPathFromInstance } from '../lib/run-path';
import { toDescriptorMap } from '../lib/workflow-mapping';
import { createEditorStore } from '../stores/editor-store';
import { EditorStoreContext } from '../stores/editor-store-context';
import { FlowCanvas } from './flow-canvas';

function Diagram({ definition, descriptors, instance }: { definition: WorkflowDefinition; descriptors: ActivityDescriptor[]; instance: WorkflowInstance }) {
  const [store] = useState(() => {
    const created = createEditorStore(definition, toDescriptorMap(descriptors));
    created.getState().setRunPath(runPathFromInstance(instance, definition.connections));
    return created;
  });
  return (
    <EditorStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <FlowCanvas readOnly />
      </ReactFlowProvider>
    </EditorStoreContext.Provider>
  );
}

/** The version an instance ran, read-only, with the path it took drawn over it. */
export function WorkflowDiagram({ instance }: { instance: WorkflowInstance }) {
  const version = useWorkflowVersion(instance.definitionId, instance.version);
  const descriptors = useActivityDescriptors();
  if (version.isError) return <ErrorState error={version.error} title="The workflow version could not be loaded" />;
  if (descriptors.isError) return <ErrorState error={descriptors.error} title="The activities could not be loaded" />;
  if (!version.data || !descriptors.data) return <Spinner label="Drawing the workflow…" />;
  return (
    <div className="diagram" aria-label={`${version.data.name} version ${instance.version} with the path taken`} role="group">
      <Diagram key={instance.id + instance.updatedAt} definition={version.data} descriptors={descriptors.data} instance={instance} />
    </div>
  );
}

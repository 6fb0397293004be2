import { ReactFlowProvider } from '@xyflow/react';
import { useParams } from 'react-router';
import { ErrorState, Spinner } from '@/components';
import { useActivityDescriptors } from '@/features/activities';
import { useWorkflowDefinition } from '../api/get-workflow-definition';
import { EditorWorkspace } from './editor-workspace';

/** Loads a workflow and the activity descriptors, then opens the editor on them. */
export function EditorPage() {
  const { definitionId = '' } = useParams();
  const descriptors = useActivityDescriptors();
  const definition = useWorkflowDefinition(definitionId);

  if (descriptors.isError) return <ErrorState error={descriptors.error} onRetry={() => descriptors.refetch()} title="The activities could not be loaded" />;
  if (definition.isError) return <ErrorState error={definition.error} onRetry={() => definition.refetch()} title="The workflow could not be loaded" />;
  if (!descriptors.data || !definition.data) return <Spinner label="Opening the workflow…" />;

  return (
    <ReactFlowProvider>
      <EditorWorkspace key={definitionId} definition={definition.data} descriptors={descriptors.data} />
    </ReactFlowProvider>
  );
}

import { WorkflowDiagram } from '@/features/editor';
import { InstancePage } from '@/features/instances';

/** The instance page with the editor's read-only diagram: features meet here, not in each other. */
export function InstanceRoute() {
  return <InstancePage diagram={(instance) => <WorkflowDiagram instance={instance} />} />;
}

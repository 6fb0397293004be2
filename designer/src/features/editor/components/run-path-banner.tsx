import { Link } from 'react-router';
import { Button } from '@/components';
import { useEditorStore } from '../stores/editor-store-context';

/** Says whose path the canvas shows, with a way to the instance and a way to hide it. */
export function RunPathBanner() {
  const runPath = useEditorStore((s) => s.runPath);
  const setRunPath = useEditorStore((s) => s.setRunPath);
  if (!runPath) return null;
  const faulted = Object.values(runPath.nodes).filter((status) => status === 'faulted').length;
  return (
    <div className="run-banner" role="status">
      <span className="run-banner__swatch" aria-hidden="true" />
      <span>
        Showing the path of instance{' '}
        <Link to={`/instances/${encodeURIComponent(runPath.instanceId)}`} className="mono">
          {runPath.instanceId.slice(0, 12)}
        </Link>
        : {Object.keys(runPath.nodes).length} nodes ran{faulted ? `, ${faulted} faulted` : ''}.
      </span>
      <span className="spacer" />
      <Button size="sm" onClick={() => setRunPath(null)}>
        Hide path
      </Button>
    </div>
  );
}

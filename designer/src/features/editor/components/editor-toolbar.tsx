import { Badge, Button } from '@/components';
import { selectCanRedo, selectCanUndo, selectIsDirty } from '../stores/editor-store';
import { useEditorStore } from '../stores/editor-store-context';

export interface EditorToolbarProps {
  onSave: () => void;
  saving: boolean;
  onPublish: () => void;
  publishBlockedBy: string | null;
  /** The live version, when there is one: Retract takes it out of service. */
  publishedVersion: number | null;
  onRetract: () => void;
  onVersions: () => void;
  onTestRun: () => void;
  testRunBlockedBy: string | null;
  onLayout: () => void;
  layingOut: boolean;
  onFitView: () => void;
}

export function EditorToolbar(props: EditorToolbarProps) {
  const canUndo = useEditorStore(selectCanUndo);
  const canRedo = useEditorStore(selectCanRedo);
  const dirty = useEditorStore(selectIsDirty);
  const undo = useEditorStore((s) => s.undo);
  const redo = useEditorStore((s) => s.redo);
  const info = useEditorStore((s) => s.versionInfo);

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Workflow actions">
      <Button size="sm" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
        Undo
      </Button>
      <Button size="sm" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
        Redo
      </Button>
      <span className="toolbar-sep" aria-hidden="true" />
      <Button size="sm" onClick={props.onLayout} busy={props.layingOut}>
        Auto-layout
      </Button>
      <Button size="sm" onClick={props.onFitView}>
        Zoom to fit
      </Button>
      <span className="spacer" />
      {info ? (
        <Badge tone={info.state === 'published' ? 'success' : info.state === 'draft' ? 'warning' : 'neutral'}>
          v{info.version} {info.state}
        </Badge>
      ) : null}
      <span className="dirty-flag" role="status">
        {dirty ? 'Unsaved changes' : 'All changes saved'}
      </span>
      <Button size="sm" onClick={props.onVersions}>
        History
      </Button>
      <Button size="sm" onClick={props.onTestRun} disabled={props.testRunBlockedBy !== null} title={props.testRunBlockedBy ?? 'Run this version with a sample input'}>
        Test run
      </Button>
      <Button size="sm" onClick={props.onSave} busy={props.saving} disabled={!dirty} aria-keyshortcuts="Control+S" title="Save draft (Ctrl+S)">
        Save draft
      </Button>
      <Button size="sm" variant="primary" onClick={props.onPublish} disabled={props.publishBlockedBy !== null} title={props.publishBlockedBy ?? 'Publish this draft'}>
        Publish
      </Button>
      {props.publishedVersion !== null ? (
        <Button size="sm" variant="danger" onClick={props.onRetract} title={`Take version ${props.publishedVersion} out of service`}>
          Retract
        </Button>
      ) : null}
      {props.publishBlockedBy ? <span className="visually-hidden">Publishing is not possible: {props.publishBlockedBy}</span> : null}
    </div>
  );
}

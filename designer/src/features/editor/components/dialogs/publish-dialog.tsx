import { useState } from 'react';
import { Button, Dialog, TextAreaField } from '@/components';
import { errorMessage } from '@/lib/api-error';
import type { ValidationProblem } from '@/types/api';
import { LiveVersionSummary } from './live-version-summary';

export function PublishDialog({ open, definitionId, version, busy, error, onPublish, onClose, onShowChanges, onShowNode }: {
  open: boolean;
  definitionId: string;
  version: number;
  /** Draws the changes since the live version on the canvas. */
  onShowChanges: (liveVersion: number) => void;
  busy: boolean;
  error: unknown;
  onPublish: (note: string) => void;
  onClose: () => void;
  /** Closes the dialog and selects the node a problem names (the trigger, for a route clash). */
  onShowNode?: (nodeId: string) => void;
}) {
  const [note, setNote] = useState('');
  const problems: ValidationProblem[] = (error as { validationProblems?: ValidationProblem[] } | null)?.validationProblems ?? [];
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Publish version ${version}`}
      testId="publish-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => onPublish(note.trim())}>
            Publish
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>New instances will run this version. Instances already running stay on the version they started on.</p>
        {open ? <LiveVersionSummary definitionId={definitionId} onShowChanges={onShowChanges} /> : null}
        <TextAreaField label="Version note" hint="What changed, for whoever reads the history." rows={3} value={note} onChange={(e) => setNote(e.target.value)} data-autofocus />
        {error ? (
          <div role="alert" className="field__error">
            {errorMessage(error)}
            {problems.length ? (
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    {p.code === 'HttpRouteConflict' ? <strong>Route taken: </strong> : null}
                    {p.message}
                    {p.nodeId && onShowNode ? (
                      <>
                        {' '}
                        <button type="button" className="link-button" onClick={() => onShowNode(p.nodeId ?? '')}>
                          {p.code === 'HttpRouteConflict' || p.code.startsWith('Invalid') ? 'Change the trigger settings' : 'Show the node'}
                        </button>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}

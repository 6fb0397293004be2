import { Button } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { formatJson } from '@/lib/format';
import type { JournalEntry } from '@/types/instance';
import { useRevealJournalEntry } from '../api/reveal-journal-entry';

export interface StepPayloadProps {
  instanceId: string;
  entry: JournalEntry;
  /** Whether the caller's roles include the PHI permission; without it there is no Reveal action. */
  canReveal: boolean;
}

/**
 * A step's inputs and outputs as the server masks them (patient data as `***`), and, for a caller with the PHI
 * permission, a Reveal action that fetches them unmasked through the audited reveal route.
 */
export function StepPayload({ instanceId, entry, canReveal }: StepPayloadProps) {
  const reveal = useRevealJournalEntry();
  const revealed = reveal.data;
  const shown = revealed ?? entry;
  const hasPayload = entry.inputs || entry.outputs;
  if (!hasPayload) return null;

  return (
    <details className="step-payload" data-testid={`step-payload-${entry.sequence}`}>
      <summary>Inputs and outputs{revealed ? ' (revealed)' : ''}</summary>
      <div className="stack">
        <div className="row">
          <span className="muted">
            {revealed ? 'Unmasked patient data. This reveal is recorded in the audit trail under your name.' : 'Patient data is masked (***).'}
          </span>
          <span className="spacer" />
          {canReveal ? (
            revealed ? (
              <Button size="sm" onClick={() => reveal.reset()}>
                Hide
              </Button>
            ) : (
              <Button size="sm" busy={reveal.isPending} onClick={() => reveal.mutate({ instanceId, sequence: entry.sequence })} aria-describedby={`reveal-note-${entry.sequence}`}>
                Reveal
              </Button>
            )
          ) : null}
        </div>
        {canReveal && !revealed ? (
          <p id={`reveal-note-${entry.sequence}`} className="field__hint">
            Revealing shows this step's patient data unmasked; each reveal is audited.
          </p>
        ) : null}
        {reveal.isError ? (
          <p className="callout callout--danger" role="alert">
            The reveal was refused: {errorMessage(reveal.error)}
          </p>
        ) : null}
        {revealed?.message ? <div>{revealed.message}</div> : null}
        <pre tabIndex={0} className={['code-block', revealed ? 'code-block--revealed' : ''].filter(Boolean).join(' ')}>
          {formatJson({ inputs: shown.inputs ?? {}, outputs: shown.outputs ?? {} })}
        </pre>
        <span role="status" className="visually-hidden">
          {revealed ? `Step ${entry.nodeId} revealed.` : ''}
        </span>
      </div>
    </details>
  );
}

import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, Dialog, SelectField, TextAreaField, TextField, notify } from '@/components';
import { getInstance } from '@/features/instances';
import { errorMessage } from '@/lib/api-error';
import { formatDuration, formatJson } from '@/lib/format';
import type { WorkflowInstance } from '@/types/instance';
import type { JsonValue } from '@/types/workflow';
import { useExecuteWorkflow } from '../../api/execute-workflow';
import { runPathFromInstance } from '../../lib/run-path';
import { readSamples, withSample } from '../../lib/test-samples';
import { useEditorStore, useEditorStoreApi } from '../../stores/editor-store-context';

/** Runs the saved version with a pasted JSON input and draws the path it took on the canvas. */
export function TestRunDialog({ open, definitionId, version, onClose }: { open: boolean; definitionId: string; version: number; onClose: () => void }) {
  const store = useEditorStoreApi();
  const storageKey = `healthflows.test-input.${definitionId}`;
  const [input, setInput] = useState(() => localStorage.getItem(storageKey) ?? '{\n  \n}');
  const [inputError, setInputError] = useState<string | null>(null);
  const [instance, setInstance] = useState<WorkflowInstance | null>(null);
  const [instanceError, setInstanceError] = useState<unknown>(null);
  const execute = useExecuteWorkflow();
  const meta = useEditorStore((state) => state.meta);
  const samples = useMemo(() => readSamples(meta), [meta]);
  const [sampleName, setSampleName] = useState('');

  const saveSample = () => {
    const name = sampleName.trim();
    if (!name) return;
    try {
      const parsed = JSON.parse(input) as JsonValue;
      store.getState().updateMeta((meta) => withSample(meta, { name, input: parsed }));
      setInputError(null);
      notify(`Saved the sample “${name}” in the workflow: save the draft to keep it.`);
    } catch {
      setInputError('The input is not valid JSON.');
    }
  };

  const run = () => {
    let parsed: JsonValue;
    try {
      parsed = input.trim() ? (JSON.parse(input) as JsonValue) : {};
    } catch {
      setInputError('The input is not valid JSON.');
      return;
    }
    setInputError(null);
    // The last input is kept per workflow in this browser, so the next test run starts from it.
    localStorage.setItem(storageKey, input);
    setInstance(null);
    setInstanceError(null);
    execute.mutate(
      { definitionId, version, input: parsed },
      {
        onSuccess: async (result) => {
          try {
            const ran = await getInstance(result.instanceId);
            setInstance(ran);
            store.getState().setRunPath(runPathFromInstance(ran, store.getState().toDocument().connections));
          } catch (error) {
            setInstanceError(error);
          }
        },
      },
    );
  };

  const result = execute.data;
  const nameOf = (nodeId: string) => store.getState().nodes.find((n) => n.id === nodeId)?.data.model.displayName || nodeId;

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Test run of version ${version}`}
      size="lg"
      testId="test-run-dialog"
      footer={
        <>
          <Button onClick={onClose}>Close</Button>
          <Button variant="primary" onClick={run} busy={execute.isPending}>
            Run
          </Button>
        </>
      }
    >
      <div className="stack">
        {samples.length ? (
          <SelectField
            label="Saved samples"
            value=""
            onChange={(e) => {
              const chosen = samples.find((sample) => sample.name === e.target.value);
              if (chosen) setInput(JSON.stringify(chosen.input, null, 2));
            }}
          >
            <option value="">Choose a sample…</option>
            {samples.map((sample) => (
              <option key={sample.name} value={sample.name}>
                {sample.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextAreaField label="Input (JSON)" className="mono" rows={6} value={input} onChange={(e) => setInput(e.target.value)} error={inputError} spellCheck={false} data-autofocus />
        <div className="row">
          <TextField label="Sample name" value={sampleName} onChange={(e) => setSampleName(e.target.value)} />
          <Button onClick={saveSample} disabled={!sampleName.trim()} className="align-end">
            Save as sample
          </Button>
        </div>
        {execute.isError ? (
          <p role="alert" className="field__error">
            {errorMessage(execute.error)}
          </p>
        ) : null}
        {result ? (
          <section className="stack" aria-labelledby="run-result-title" role="status">
            <h3 id="run-result-title">
              Result: <Badge tone={result.subStatus === 'Faulted' ? 'danger' : result.subStatus === 'Completed' ? 'success' : 'info'}>{result.subStatus ?? result.status}</Badge>{' '}
              <Link to={`/instances/${encodeURIComponent(result.instanceId)}`}>Open instance</Link>
            </h3>
            {result.output !== undefined ? <pre className="code-block">{formatJson(result.output)}</pre> : null}
            {(result.incidents ?? []).map((incident) => (
              <p key={incident.id} className="field__error">
                {nameOf(incident.nodeId)}: {incident.message}
              </p>
            ))}
            {instanceError ? <p className="field__error">The path cannot be shown: {errorMessage(instanceError)}</p> : null}
            {instance ? (
              <>
                <p className="muted">The path taken is highlighted on the canvas.</p>
                <ol className="timeline" aria-label="Steps">
                  {(instance.journal ?? []).map((entry) => (
                    <li key={entry.sequence} className={`timeline__item timeline__item--${entry.event.toLowerCase()}`}>
                      <strong>{nameOf(entry.nodeId)}</strong> {entry.event}
                      {entry.outcomes?.length ? ` → ${entry.outcomes.join(', ')}` : ''} <span className="muted">{formatDuration(entry.durationMs)}</span>
                      {entry.message ? <div className="muted">{entry.message}</div> : null}
                      {entry.inputs || entry.outputs ? (
                        <details>
                          <summary>Inputs and outputs</summary>
                          <pre className="code-block">{formatJson({ inputs: entry.inputs ?? {}, outputs: entry.outputs ?? {} })}</pre>
                        </details>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </section>
        ) : null}
      </div>
    </Dialog>
  );
}

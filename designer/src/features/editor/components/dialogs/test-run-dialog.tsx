import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, Dialog, SelectField, TextAreaField, TextField, notify } from '@/components';
import { getInstance } from '@/features/instances';
import { errorMessage } from '@/lib/api-error';
import { formatDuration, formatJson } from '@/lib/format';
import type { WorkflowInstance } from '@/types/instance';
import type { JsonValue } from '@/types/workflow';
import { useExecuteWorkflow } from '../../api/execute-workflow';
import { hl7PreviewQueryOptions, useHl7Preview } from '../../api/parse-hl7';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { endpointAcceptsHl7, hl7ContentType, hl7TestInput, normalizeHl7, type Hl7Header } from '../../lib/hl7-test-input';
import { runPathFromInstance } from '../../lib/run-path';
import { readSamples, sampleKind, withSample, type TestInputKind } from '../../lib/test-samples';
import { useEditorStore, useEditorStoreApi } from '../../stores/editor-store-context';
import { Hl7Preview } from './hl7-preview';

/** How the message reaches the workflow, in the words of its trigger. */
function deliveryNote(triggerType: string | undefined, contentType: string): string {
  if (triggerType === 'HttpEndpoint') return `It reaches the workflow as the HTTP Endpoint hands it over: a POST with Content-Type ${contentType}, the message as the body (outputs.<trigger>.rawBody).`;
  if (triggerType === 'MllpListener') return 'It reaches the workflow as the MLLP Listener hands it over: message, messageType, controlId and remoteAddress.';
  return 'The workflow gets { message, messageType, controlId } as its input.';
}

/** Runs the saved version with a pasted JSON input or HL7 v2 message and draws the path it took on the canvas. */
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
  const [kind, setKind] = useState<TestInputKind>(() => (localStorage.getItem(`${storageKey}.kind`) === 'hl7' ? 'hl7' : 'json'));
  const [message, setMessage] = useState(() => localStorage.getItem(`${storageKey}.hl7`) ?? '');
  const [messageError, setMessageError] = useState<string | null>(null);
  const trigger = useEditorStore((state) => state.nodes.find((n) => n.type === 'trigger')?.data.model);
  const queryClient = useQueryClient();
  const settled = useDebouncedValue(kind === 'hl7' ? normalizeHl7(message) : '', 400);
  const preview = useHl7Preview(settled);
  const previewCurrent = settled === normalizeHl7(message);

  const saveSample = () => {
    const name = sampleName.trim();
    if (!name) return;
    if (kind === 'hl7') {
      const text = normalizeHl7(message);
      if (!text) {
        setMessageError('Paste an HL7 v2 message first.');
        return;
      }
      store.getState().updateMeta((meta) => withSample(meta, { name, kind: 'hl7', input: text }));
      setMessageError(null);
      notify(`Saved the HL7 sample “${name}” in the workflow: save the draft to keep it.`);
      return;
    }
    try {
      const parsed = JSON.parse(input) as JsonValue;
      store.getState().updateMeta((meta) => withSample(meta, { name, kind: 'json', input: parsed }));
      setInputError(null);
      notify(`Saved the sample “${name}” in the workflow: save the draft to keep it.`);
    } catch {
      setInputError('The input is not valid JSON.');
    }
  };

  /** The header the server reads in the message (asked now when the preview is behind), or null when it does not parse. */
  const readHeader = async (text: string): Promise<Hl7Header | null> => {
    try {
      const parsed = await queryClient.fetchQuery(hl7PreviewQueryOptions(text));
      return { messageType: parsed.messageType, controlId: parsed.controlId };
    } catch {
      return null;
    }
  };

  const runHl7 = async () => {
    const text = normalizeHl7(message);
    localStorage.setItem(`${storageKey}.kind`, 'hl7');
    localStorage.setItem(`${storageKey}.hl7`, message);
    const built = hl7TestInput(trigger, message, text ? await readHeader(text) : null);
    if (!built.ok) {
      setMessageError(built.reason);
      return;
    }
    setMessageError(null);
    start(built.input);
  };

  const run = () => {
    if (kind === 'hl7') {
      void runHl7();
      return;
    }
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
    localStorage.setItem(`${storageKey}.kind`, 'json');
    start(parsed);
  };

  const start = (parsed: JsonValue) => {
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
              if (!chosen) return;
              const chosenKind = sampleKind(chosen);
              setKind(chosenKind);
              if (chosenKind === 'hl7') setMessage(String(chosen.input).replace(/\r$/, '').replace(/\r/g, '\n'));
              else setInput(JSON.stringify(chosen.input, null, 2));
            }}
          >
            <option value="">Choose a sample…</option>
            {samples.map((sample) => (
              <option key={sample.name} value={sample.name}>
                {sample.name} ({sampleKind(sample) === 'hl7' ? 'HL7' : 'JSON'})
              </option>
            ))}
          </SelectField>
        ) : null}
        <fieldset className="fieldset-plain">
          <legend className="field__label">Input kind</legend>
          <div className="choice-row">
            <label className="choice">
              <input type="radio" name="test-input-kind" checked={kind === 'json'} onChange={() => setKind('json')} /> JSON
            </label>
            <label className="choice">
              <input type="radio" name="test-input-kind" checked={kind === 'hl7'} onChange={() => setKind('hl7')} /> HL7 v2
            </label>
          </div>
        </fieldset>
        {kind === 'json' ? (
          <TextAreaField label="Input (JSON)" className="mono" rows={6} value={input} onChange={(e) => setInput(e.target.value)} error={inputError} spellCheck={false} data-autofocus />
        ) : (
          <>
            <TextAreaField
              label="HL7 v2 message"
              className="mono"
              rows={8}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              error={messageError}
              spellCheck={false}
              hint={`One segment per line (line breaks are sent as the carriage returns HL7 uses). ${deliveryNote(trigger?.type, trigger ? hl7ContentType(trigger) : '')}`}
              data-autofocus
            />
            {trigger?.type === 'HttpEndpoint' && !endpointAcceptsHl7(trigger) ? (
              <p className="field__error">This endpoint does not accept an HL7 media type: a real caller posting this message gets 415. Add one to its accepted content types.</p>
            ) : null}
            <section aria-label="What the server reads in the message" aria-live="polite">
              <Hl7Preview result={preview.data} error={preview.error} loading={!previewCurrent || preview.isFetching} empty={!normalizeHl7(message)} />
            </section>
          </>
        )}
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
            {result.output !== undefined ? <pre className="code-block" tabIndex={0}>{formatJson(result.output)}</pre> : null}
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
                          <pre className="code-block" tabIndex={0}>{formatJson({ inputs: entry.inputs ?? {}, outputs: entry.outputs ?? {} })}</pre>
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

import { errorMessage } from '@/lib/api-error';
import { useEditorStore } from '../stores/editor-store-context';

/** The server's validation problems; choosing one selects its node. */
export function ProblemsPanel({ onFocusNode, checking, failure = null }: { onFocusNode: (nodeId: string) => void; checking: boolean; failure?: unknown }) {
  const problems = useEditorStore((s) => s.problems);
  const valid = useEditorStore((s) => s.valid);
  const names = useEditorStore((s) => s.nodes);
  const nameOf = (id: string) => names.find((n) => n.id === id)?.data.model.displayName || id;

  return (
    <section className="problems" aria-labelledby="problems-title" data-testid="problems">
      <h2 id="problems-title" className="panel-title">
        Problems {problems.length ? <span className="badge badge--danger">{problems.length}</span> : null}
      </h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {valid === null ? '' : problems.length ? `${problems.length} problems` : 'No problems'}
      </p>
      {checking && valid === null ? <p className="muted">Checking…</p> : null}
      {failure ? <p className="field__error">The server could not check the workflow: {errorMessage(failure)}</p> : null}
      {valid !== null && problems.length === 0 ? <p className="muted">No problems found.</p> : null}
      <ul className="problems__list">
        {problems.map((problem, index) => (
          <li key={`${problem.code}-${problem.nodeId ?? ''}-${index}`}>
            {problem.nodeId ? (
              <button type="button" className="problems__item" onClick={() => onFocusNode(problem.nodeId as string)}>
                <strong>{nameOf(problem.nodeId)}</strong>: {problem.message} <span className="muted">({problem.code})</span>
              </button>
            ) : (
              <span className="problems__item">
                {problem.message} <span className="muted">({problem.code})</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

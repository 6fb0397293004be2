import { errorMessage, isApiError } from '@/lib/api-error';
import type { Hl7ParseProblem, Hl7ParseResult } from '../../api/parse-hl7';

export interface Hl7PreviewProps {
  result: Hl7ParseResult | undefined;
  error: unknown;
  loading: boolean;
  /** Whether there is a message to read at all. */
  empty: boolean;
}

const problemsOf = (error: unknown): Hl7ParseProblem[] => {
  const problems = isApiError(error) ? error.problem.problems : undefined;
  return Array.isArray(problems) ? (problems as unknown as Hl7ParseProblem[]) : [];
};

const where = (problem: Hl7ParseProblem) =>
  problem.segment ? `${problem.segment}${problem.field ? `-${problem.field}` : ''} (segment ${(problem.segmentIndex ?? 0) + 1})` : (problem.location ?? '');

/** What the server reads in a pasted HL7 message: its type and control id, or where it does not parse. */
export function Hl7Preview({ result, error, loading, empty }: Hl7PreviewProps) {
  if (empty) return <p className="muted">Paste a message to see what the server reads in it.</p>;
  if (loading) return <p className="muted">Reading the message…</p>;
  if (error) {
    const problems = problemsOf(error);
    return (
      <div className="callout callout--danger" data-testid="hl7-preview">
        <div className="stack stack--tight">
          <strong>{isApiError(error) && error.status === 422 ? 'The message does not parse' : 'The message could not be read'}</strong>
          <span>{isApiError(error) && error.status === 422 ? (error.problem.detail ?? errorMessage(error)) : errorMessage(error)}</span>
          {problems.length > 1 ? (
            <ul aria-label="Problems in the message">
              {problems.map((problem, index) => (
                <li key={index}>
                  <span className="mono">{where(problem)}</span> {problem.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    );
  }
  if (!result) return null;
  const charges = Array.isArray(result.adt?.charges) ? result.adt.charges.length : 0;
  return (
    <dl className="facts" data-testid="hl7-preview">
      <dt>Message type</dt>
      <dd className="mono">{result.messageType}</dd>
      <dt>Control id</dt>
      <dd className="mono">{result.controlId}</dd>
      {charges ? (
        <>
          <dt>FT1 charges</dt>
          <dd>{charges}</dd>
        </>
      ) : null}
    </dl>
  );
}

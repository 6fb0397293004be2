import { Button } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { useVerifyAuditTrail } from '../api/verify-audit-trail';

const reasons: Record<string, string> = {
  hashMismatch: 'its hash does not match: this entry or one before it was changed',
  missingEntries: 'entries are missing: some were deleted',
};

/** Recomputes the hash chain on the server and says, in a live region, whether it is intact and where it first breaks. */
export function VerifyChain() {
  const verify = useVerifyAuditTrail();
  const result = verify.data;
  return (
    <section className="card stack" aria-labelledby="verify-title">
      <div className="row">
        <h2 id="verify-title">Chain</h2>
        <span className="spacer" />
        <Button variant="primary" busy={verify.isPending} onClick={() => verify.mutate()}>
          Verify chain
        </Button>
      </div>
      <div role="status" data-testid="audit-verification">
        {verify.isError ? (
          <p className="callout callout--danger">Verification could not run: {errorMessage(verify.error)}</p>
        ) : !result ? (
          <p className="muted">Each entry holds the hash of the one before it; verifying recomputes every hash from the first entry.</p>
        ) : result.valid ? (
          <p className="callout callout--success">
            The chain is intact: {result.checked} {result.checked === 1 ? 'entry' : 'entries'} checked.
          </p>
        ) : (
          <p className="callout callout--danger">
            The chain is broken at entry {result.firstBrokenEntry?.sequence ?? '?'}
            {result.firstBrokenEntry && result.firstBrokenEntry.foundSequence !== result.firstBrokenEntry.sequence
              ? ` (entry ${result.firstBrokenEntry.foundSequence} found there)`
              : ''}
            : {reasons[result.firstBrokenEntry?.reason ?? ''] ?? result.firstBrokenEntry?.reason}. {result.checked} entries checked.
          </p>
        )}
      </div>
    </section>
  );
}

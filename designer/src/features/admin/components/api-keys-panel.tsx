import { useState } from 'react';
import { Badge, Button, ConfirmDialog, EmptyState, ErrorState, Spinner, notify } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { formatDateTime } from '@/lib/format';
import { useRevokeApiKey } from '../api/api-key-mutations';
import { useApiKeys } from '../api/get-api-keys';
import { keyState } from '../lib/account-state';
import { targetRowProps } from '../lib/target-row';
import type { ApiKey } from '../types';
import { CreateApiKeyDialog } from './create-api-key-dialog';

function StateBadge({ apiKey }: { apiKey: ApiKey }) {
  const state = keyState(apiKey);
  if (state === 'revoked') return <Badge tone="danger">Revoked {formatDateTime(apiKey.revokedAt)}</Badge>;
  if (state === 'expired') return <Badge tone="warning">Expired</Badge>;
  return <Badge tone="success">Active</Badge>;
}

/** API keys for systems: listed by prefix, created with the key shown once, revoked after confirmation. */
export function ApiKeysPanel({ targetId }: { targetId?: string | null } = {}) {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  return (
    <div className="stack">
      <div className="row">
        <p className="muted">Keys for systems that call HealthFlows (lab systems, the ERP, scripts). Only a prefix is kept to tell them apart.</p>
        <span className="spacer" />
        <Button variant="primary" onClick={() => setCreating(true)}>
          New API key
        </Button>
      </div>
      {keys.isPending ? (
        <Spinner label="Loading API keys…" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
      ) : keys.data.items.length === 0 ? (
        <EmptyState title="No API keys yet" />
      ) : (
        <table className="table" aria-label="API keys">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Prefix</th>
              <th scope="col">Roles</th>
              <th scope="col">Trigger paths</th>
              <th scope="col">Expires</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.data.items.map((key) => (
              <tr key={key.id} data-testid={`api-key-${key.name}`} {...targetRowProps(key.id === targetId)}>
                <td>{key.name}</td>
                <td className="mono">{key.prefix}…</td>
                <td>{key.roles.join(', ') || '—'}</td>
                <td className="mono">{key.allowedTriggerPaths.length ? key.allowedTriggerPaths.join(', ') : <span className="muted">any</span>}</td>
                <td>{key.expiresAt ? formatDateTime(key.expiresAt) : 'never'}</td>
                <td>
                  <StateBadge apiKey={key} />
                </td>
                <td>
                  {key.revokedAt ? null : (
                    <Button size="sm" variant="danger" onClick={() => setRevoking(key)} aria-label={`Revoke ${key.name}`}>
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating ? <CreateApiKeyDialog onClose={() => setCreating(false)} /> : null}
      <ConfirmDialog
        open={revoking !== null}
        title={revoking ? `Revoke ${revoking.name}?` : ''}
        confirmLabel="Revoke"
        danger
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          const key = revoking;
          revoke.mutate(key.id, {
            onSuccess: () => notify(`Revoked ${key.name}; it stops working at once.`, 'success'),
            onError: (error) => notify(`Revoke failed: ${errorMessage(error)}`, 'error'),
            onSettled: () => setRevoking(null),
          });
        }}
      >
        <p>Every system using this key is refused from its next request. This cannot be undone; create a new key instead.</p>
      </ConfirmDialog>
    </div>
  );
}

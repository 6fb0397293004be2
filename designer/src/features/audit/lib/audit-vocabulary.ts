/** The actions and target types the server records (Runtime/Auditing), for the filter lists. */
export const auditActions = [
  'definition.created',
  'definition.saved',
  'definition.published',
  'definition.retracted',
  'definition.reverted',
  'definition.deleted',
  'definition.imported',
  'instance.cancelled',
  'instance.retried',
  'instance.deleted',
  'deadLetter.replayed',
  'deadLetter.discarded',
  'costCenter.created',
  'costCenter.updated',
  'costCenter.deleted',
  'costCenter.imported',
  'costCenterMapping.created',
  'costCenterMapping.updated',
  'costCenterMapping.deleted',
  'costCenterMapping.imported',
  'user.created',
  'user.changed',
  'user.revoked',
  'apiKey.created',
  'apiKey.changed',
  'apiKey.revoked',
  'signIn.succeeded',
  'signIn.failed',
  'phi.revealed',
] as const;

export const auditTargetTypes = [
  'workflowDefinition',
  'workflowInstance',
  'journalEntry',
  'deadLetter',
  'costCenter',
  'costCenterMapping',
  'user',
  'apiKey',
  'session',
] as const;

/** A `datetime-local` value (the user's local time) as an ISO instant for the API; empty stays empty. */
export function localToIso(value: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

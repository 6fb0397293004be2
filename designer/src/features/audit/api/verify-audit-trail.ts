import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AuditVerification } from '../types';

export const verifyAuditTrail = () => api.get<AuditVerification>('/api/audit/verify');

/** A mutation, not a query: it walks the whole chain, so it runs when asked and never in the background. */
export function useVerifyAuditTrail() {
  return useMutation({ mutationFn: verifyAuditTrail });
}

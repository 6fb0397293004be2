import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { JsonValue } from '@/types/workflow';

/** What `POST /api/hl7/parse` answers for a message that parses. */
export interface Hl7ParseResult {
  valid: boolean;
  messageType: string;
  controlId: string;
  values?: Record<string, string | null>;
  /** The typed ADT/DFT view, as Parse ADT outputs it. */
  adt?: { eventType?: string; charges?: JsonValue[]; [field: string]: unknown } | null;
}

/** One problem of a 422 answer: where in the message, and what. */
export interface Hl7ParseProblem {
  code: string;
  location?: string;
  segment?: string;
  segmentIndex?: number;
  field?: number;
  message: string;
}

export const hl7MediaType = 'x-application/hl7-v2+er7';

export function parseHl7(message: string): Promise<Hl7ParseResult> {
  return api.postText<Hl7ParseResult>('/api/hl7/parse', message, hl7MediaType);
}

export const hl7PreviewQueryOptions = (message: string) =>
  queryOptions({
    queryKey: ['hl7-parse', message],
    queryFn: () => parseHl7(message),
    // The same text always parses the same way; a 422 is an answer, not a glitch to retry.
    staleTime: Infinity,
    retry: false,
  });

export function useHl7Preview(message: string) {
  return useQuery({ ...hl7PreviewQueryOptions(message), enabled: message.trim().length > 0 });
}

import { isApiError } from '@/lib/api-error';

/** The server's 422 `errors: [{ field, message }]` by field, first message each. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error) || error.status !== 422) return {};
  const byField: Record<string, string> = {};
  for (const item of error.problemItems) if (item.field && !byField[item.field]) byField[item.field] = item.message;
  return byField;
}

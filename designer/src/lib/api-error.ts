import type { ProblemDetails, ProblemItem, ValidationProblem } from '@/types/api';

/** An HTTP failure carrying the server's RFC 9457 problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Field errors flattened into readable lines. */
  get fieldMessages(): string[] {
    const errors = this.problem.errors;
    if (Array.isArray(errors)) return errors.map((item) => (item.field ? `${item.field}: ${item.message}` : item.message));
    return Object.entries(errors ?? {}).flatMap(([field, messages]) => messages.map((message) => (field ? `${field}: ${message}` : message)));
  }

  /** The list-shaped `errors` of a master-data or CSV answer (422); empty for any other shape. */
  get problemItems(): ProblemItem[] {
    const errors = this.problem.errors;
    return Array.isArray(errors) ? errors.filter((item): item is ProblemItem => typeof item?.message === 'string') : [];
  }

  get validationProblems(): ValidationProblem[] {
    return this.problem.problems ?? [];
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** A short, human sentence for any error thrown by a request. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    const title = error.problem.title ?? `Request failed (${error.status})`;
    const detail = error.problem.detail;
    return detail && detail !== title ? `${title}: ${detail}` : title;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

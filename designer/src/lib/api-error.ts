import type { ProblemDetails, ValidationProblem } from '@/types/api';

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
    return Object.entries(this.problem.errors ?? {}).flatMap(([field, messages]) =>
      messages.map((message) => (field ? `${field}: ${message}` : message)),
    );
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

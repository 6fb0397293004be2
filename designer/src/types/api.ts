/** A page of a list endpoint: `{ items, totalCount }`. */
export interface ListResponse<T> {
  items: T[];
  totalCount: number;
}

/** An RFC 9457 problem document as the server sends it. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
  problems?: ValidationProblem[];
  [extension: string]: unknown;
}

/** One problem found by the server's workflow validation. */
export interface ValidationProblem {
  nodeId?: string | null;
  code: string;
  message: string;
}

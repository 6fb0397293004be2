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
  /** Field messages by name, or (master data, CSV imports) a list of items naming a field or a row. */
  errors?: Record<string, string[]> | ProblemItem[];
  problems?: ValidationProblem[];
  [extension: string]: unknown;
}

/** One problem found by the server's workflow validation. */
export interface ValidationProblem {
  nodeId?: string | null;
  code: string;
  message: string;
}

/** One error of a list-shaped `errors`: a field of a body (`field`) or a row and column of a CSV file (`row`). */
export interface ProblemItem {
  field?: string | null;
  row?: number | null;
  column?: string | null;
  message: string;
}

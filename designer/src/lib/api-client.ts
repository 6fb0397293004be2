import type { ProblemDetails } from '@/types/api';
import { ApiError } from './api-error';

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** Sent as JSON; `undefined` sends no body. */
  body?: unknown;
  /** Sent as it is, for bodies that are not JSON (a CSV file); wins over `body`. */
  text?: { content: string; contentType: string };
  signal?: AbortSignal;
}

/** How requests authenticate: set once by the auth feature, so the client knows no sign-in scheme. */
export interface ApiClientHooks {
  authHeaders: () => Record<string, string>;
  onUnauthorized: () => void;
}

let hooks: ApiClientHooks = { authHeaders: () => ({}), onUnauthorized: () => undefined };

export function configureApiClient(next: ApiClientHooks): void {
  hooks = next;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') return parsed as ProblemDetails;
    } catch {
      return { title: response.statusText || `Request failed (${response.status})`, detail: text.slice(0, 300) };
    }
  }
  return { title: response.statusText || `Request failed (${response.status})`, status: response.status };
}

/** Sends a request to the same-origin API and answers the parsed JSON (undefined for an empty body). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...hooks.authHeaders() };
  const init: RequestInit = { method: options.method ?? 'GET', headers, signal: options.signal };
  if (options.text) {
    headers['Content-Type'] = options.text.contentType;
    init.body = options.text.content;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { title: 'The server cannot be reached', detail: 'Check the connection and try again.' });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401) hooks.onUnauthorized();
    throw new ApiError(response.status, { status: response.status, ...problem });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) =>
    apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: RequestOptions['query']) =>
    apiRequest<T>(path, { method: 'POST', body, query }),
  postText: <T>(path: string, content: string, contentType: string) =>
    apiRequest<T>(path, { method: 'POST', text: { content, contentType } }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: (path: string) => apiRequest<undefined>(path, { method: 'DELETE' }),
};

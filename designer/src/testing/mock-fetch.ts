import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** JSON bodies are parsed; others (a CSV upload) are recorded as the text sent. */
const parseBody = (text: string, contentType: string | undefined): unknown => (contentType?.includes('json') === false ? text : (JSON.parse(text) as unknown));

type Responder = (request: RecordedRequest) => { status?: number; body?: unknown; contentType?: string } | undefined;

/**
 * Replaces fetch with a table of `METHOD /path` responders (the query string is ignored for matching)
 * and records every request, so a test reads what the designer sent.
 */
export function mockFetch(routes: Record<string, Responder | { status?: number; body?: unknown }>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>));
    const body = typeof init?.body === 'string' ? parseBody(init.body, headers['Content-Type']) : undefined;
    const request = { method, url, headers, body };
    requests.push(request);
    const path = url.split('?')[0];
    const route = routes[`${method} ${path}`];
    const answer = typeof route === 'function' ? route(request) : route;
    if (!answer) return new Response(JSON.stringify({ title: 'Not Found', status: 404 }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    const status = answer.status ?? 200;
    const isProblem = status >= 400;
    return new Response(answer.body === undefined || status === 204 ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

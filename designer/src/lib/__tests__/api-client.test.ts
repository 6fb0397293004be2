import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { api, apiRequest, buildUrl, configureApiClient } from '../api-client';
import { ApiError, errorMessage } from '../api-error';

afterEach(() => configureApiClient({ authHeaders: () => ({}), onUnauthorized: () => undefined }));

describe('apiRequest', () => {
  it('sends the configured credentials and JSON, and answers the parsed body', async () => {
    const { requests } = mockFetch({ 'POST /api/things': { status: 201, body: { id: 'a' } } });
    configureApiClient({ authHeaders: () => ({ 'X-Api-Key': 'secret' }), onUnauthorized: () => undefined });

    const answer = await api.post<{ id: string }>('/api/things', { name: 'A' });

    expect(answer).toEqual({ id: 'a' });
    expect(requests[0]?.headers['X-Api-Key']).toBe('secret');
    expect(requests[0]?.headers['Content-Type']).toBe('application/json');
    expect(requests[0]?.body).toEqual({ name: 'A' });
  });

  it('throws an ApiError carrying the problem document of a failed request', async () => {
    mockFetch({
      'PUT /api/workflow-definitions/x': {
        status: 422,
        body: { type: 'about:blank', title: 'The definition does not validate', status: 422, problems: [{ nodeId: 'a', code: 'MissingRequiredInput', message: 'Condition is required.' }] },
      },
    });

    const failure = await api.put('/api/workflow-definitions/x', {}).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    const error = failure as ApiError;
    expect(error.status).toBe(422);
    expect(error.validationProblems).toEqual([{ nodeId: 'a', code: 'MissingRequiredInput', message: 'Condition is required.' }]);
    expect(errorMessage(error)).toBe('The definition does not validate');
  });

  it('flattens field errors of a 400 into readable lines', async () => {
    mockFetch({ 'POST /api/x': { status: 400, body: { title: 'Bad input', errors: { name: ['Name is required.'] } } } });

    const error = (await api.post('/api/x', {}).catch((e: unknown) => e)) as ApiError;

    expect(error.fieldMessages).toEqual(['name: Name is required.']);
  });

  it('calls the unauthorized hook on 401', async () => {
    mockFetch({ 'GET /api/x': { status: 401, body: { title: 'Unauthorized' } } });
    const onUnauthorized = vi.fn();
    configureApiClient({ authHeaders: () => ({}), onUnauthorized });

    await expect(apiRequest('/api/x')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('answers undefined for 204 No Content', async () => {
    mockFetch({ 'DELETE /api/x': { status: 204 } });

    await expect(api.delete('/api/x')).resolves.toBeUndefined();
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = (await apiRequest('/api/x').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(0);
    expect(errorMessage(error)).toMatch(/^The server cannot be reached/);
  });

  it('keeps a non-JSON error body as the detail', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('gateway down', { status: 502, statusText: 'Bad Gateway' })));

    const error = (await apiRequest('/api/x').catch((e: unknown) => e)) as ApiError;

    expect(error.problem).toMatchObject({ title: 'Bad Gateway', detail: 'gateway down', status: 502 });
  });
});

describe('buildUrl', () => {
  it('leaves out empty query values', () => {
    expect(buildUrl('/api/w', { search: '', status: 'draft', page: 2, version: undefined })).toBe('/api/w?status=draft&page=2');
  });
});

describe('api.postText', () => {
  it('sends a CSV body as it is, with its media type', async () => {
    const { requests } = mockFetch({ 'POST /api/cost-centers/import': { body: { inserted: 1, updated: 0, unchanged: 0 } } });

    await api.postText('/api/cost-centers/import', 'code,name\nLAB,Laboratory\n', 'text/csv');

    expect(requests[0]?.headers['Content-Type']).toBe('text/csv');
    expect(requests[0]?.body).toBe('code,name\nLAB,Laboratory\n');
  });

  it('reads list-shaped errors of a 422 as row and field items', async () => {
    mockFetch({
      'POST /api/cost-centers/import': {
        status: 422,
        body: { title: 'The CSV file has errors', errors: [{ row: 3, column: 'code', message: 'Code is required.' }, { field: 'name', message: 'Too long.' }] },
      },
    });

    const failure = (await api.postText('/api/cost-centers/import', 'x', 'text/csv').catch((error: unknown) => error)) as ApiError;

    expect(failure.problemItems).toEqual([{ row: 3, column: 'code', message: 'Code is required.' }, { field: 'name', message: 'Too long.' }]);
    expect(failure.fieldMessages).toEqual(['Code is required.', 'name: Too long.']);
  });
});

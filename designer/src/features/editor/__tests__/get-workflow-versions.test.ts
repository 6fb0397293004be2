import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { getWorkflowVersions } from '../api/get-workflow-versions';

const version = { version: 1, state: 'published', revision: 2, createdAt: '', updatedAt: '' };

describe('getWorkflowVersions', () => {
  it('reads a list page', async () => {
    mockFetch({ 'GET /api/workflow-definitions/a/versions': { body: { items: [version], totalCount: 1 } } });

    await expect(getWorkflowVersions('a')).resolves.toEqual([version]);
  });

  it('reads a bare array', async () => {
    mockFetch({ 'GET /api/workflow-definitions/a/versions': { body: [version] } });

    await expect(getWorkflowVersions('a')).resolves.toEqual([version]);
  });
});

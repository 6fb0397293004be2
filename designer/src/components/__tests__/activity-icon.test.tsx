import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import serverDescriptors from '@/testing/server-descriptors.json';
import type { ActivityDescriptor } from '@/types/activity';
import { ActivityIcon } from '../activity-icon';
import { activityIconPaths } from '../activity-icon-paths';

// The server's own activity classes: a new [Activity(Icon = "...")] fails here until the designer draws it.
const activitySources = import.meta.glob<string>('../../../../activities/**/*.cs', { query: '?raw', import: 'default', eager: true });
const iconsInSources = [
  ...new Set(Object.values(activitySources).flatMap((source) => [...source.matchAll(/\bIcon\s*=\s*"([^"]+)"/g)].map((match) => match[1] ?? ''))),
];

const drawnIcon = (name: string) => render(<ActivityIcon name={name} />).container.querySelector('svg')?.getAttribute('data-icon');

describe('ActivityIcon', () => {
  it('draws every icon the running server sample set names (GET /api/activity-descriptors)', () => {
    const names = [...new Set((serverDescriptors.items as ActivityDescriptor[]).map((d) => d.icon).filter((icon): icon is string => Boolean(icon)))];

    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => drawnIcon(name) !== name)).toEqual([]);
  });

  it('draws every icon an activity class in activities/ names', () => {
    expect(iconsInSources.length).toBeGreaterThan(10);
    expect(iconsInSources.filter((name) => !Object.hasOwn(activityIconPaths, name))).toEqual([]);
  });

  it('draws a diamond for a name it does not know, including names of Object.prototype', () => {
    expect(drawnIcon('no-such-icon')).toBe('fallback');
    expect(drawnIcon('constructor')).toBe('fallback');
    expect(drawnIcon(undefined as unknown as string)).toBe('fallback');
  });
});

import type { ActivityDescriptor } from '@/types/activity';

export interface DescriptorGroup {
  category: string;
  descriptors: ActivityDescriptor[];
}

/** Groups descriptors by category (sorted), keeping those that match the search in name, type or description. */
export function groupDescriptors(descriptors: ActivityDescriptor[], search = ''): DescriptorGroup[] {
  const term = search.trim().toLowerCase();
  const matches = term
    ? descriptors.filter((d) =>
        [d.displayName, d.typeName, d.description ?? '', d.category].some((text) => text.toLowerCase().includes(term)),
      )
    : descriptors;
  const groups = new Map<string, ActivityDescriptor[]>();
  for (const descriptor of matches) {
    const list = groups.get(descriptor.category) ?? [];
    list.push(descriptor);
    groups.set(descriptor.category, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, list]) => ({ category, descriptors: list.sort((a, b) => a.displayName.localeCompare(b.displayName)) }));
}

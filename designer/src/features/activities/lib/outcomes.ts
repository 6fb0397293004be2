import type { ActivityDescriptor } from '@/types/activity';
import type { NodeInputValue } from '@/types/workflow';

/** Every node may follow this outcome when its activity throws. */
export const failedOutcome = 'Failed';

/**
 * The outcomes a node offers: the descriptor's, or for a Switch-like activity the names read from
 * the list input it names (only while that input is a literal), followed by its extra outcomes.
 */
export function nodeOutcomes(descriptor: ActivityDescriptor | undefined, inputs: Record<string, NodeInputValue> | undefined): string[] {
  if (!descriptor) return [];
  const dynamic = descriptor.dynamicOutcomes;
  if (!dynamic) return descriptor.outcomes;
  const source = inputs?.[dynamic.fromInput];
  const items = source?.mode === 'literal' && Array.isArray(source.value) ? source.value : [];
  const names = items
    .map((item) => {
      if (dynamic.property && item && typeof item === 'object' && !Array.isArray(item)) return item[dynamic.property];
      return item;
    })
    .filter((name): name is string => typeof name === 'string' && name.length > 0);
  const all = [...names, ...(dynamic.extra ?? []), ...descriptor.outcomes];
  return [...new Set(all)];
}

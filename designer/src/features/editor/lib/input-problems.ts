import type { InputDescriptor } from '@/types/activity';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a problem the server reported on a node is about this input: the server names inputs in its sentences
 * (`'interval' must be a fixed value`, `Time zone 'X' is not known`) but does not tag them, so the input's name or label
 * is looked for as a whole word; a short name such as `at` must not match inside `path` or `date`.
 */
export function concernsInput(message: string, input: InputDescriptor): boolean {
  const terms = [input.name, input.displayName].filter((term): term is string => Boolean(term));
  return terms.some((term) => new RegExp(`(^|[^\\w])${escape(term)}($|[^\\w])`, 'i').test(message));
}

/** A node problem's sentence without the `Node 'id': ` the server starts it with, for showing under the node's own field. */
export const withoutNodePrefix = (message: string) => message.replace(/^Node '[^']*'[:,]\s*/, '');

import type { JsonValue } from '@/types/workflow';

const readableKeys = ['message', 'detail', 'title', 'error', 'reason'] as const;

/** One line for a recorded failure: the text itself, or the first readable field of an object, or its JSON. */
export function describeError(error: JsonValue | undefined, maxLength = 160): string {
  if (error === undefined || error === null || error === '') return 'No error was recorded.';
  let text: string;
  if (typeof error === 'string') text = error;
  else if (typeof error === 'object' && !Array.isArray(error)) {
    const key = readableKeys.find((k) => typeof error[k] === 'string' && error[k] !== '');
    text = key ? String(error[key]) : JSON.stringify(error);
  } else text = JSON.stringify(error);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

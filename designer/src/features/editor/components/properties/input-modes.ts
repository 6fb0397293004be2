import type { InputDescriptor } from '@/types/activity';
import type { InputMode, JsonValue, NodeInputValue } from '@/types/workflow';

/** The value shown for an input the node does not list: the descriptor's default, in its default mode. */
export function effectiveInput(descriptor: InputDescriptor, value: NodeInputValue | undefined): NodeInputValue {
  if (value) return value;
  if (descriptor.defaultMode === 'expression') {
    return { mode: 'expression', value: typeof descriptor.defaultValue === 'string' ? descriptor.defaultValue : '' };
  }
  return { mode: 'literal', value: descriptor.defaultValue ?? null };
}

/** Turns a value into the other mode, keeping what can be kept. */
export function switchMode(descriptor: InputDescriptor, current: NodeInputValue, mode: InputMode): NodeInputValue {
  if (current.mode === mode) return current;
  if (mode === 'expression') {
    const literal = current.value;
    return { mode: 'expression', value: literal === null || literal === undefined || literal === '' ? '' : JSON.stringify(literal) };
  }
  const text = current.value as string;
  try {
    return { mode: 'literal', value: JSON.parse(text) as JsonValue };
  } catch {
    return { mode: 'literal', value: descriptor.type === 'string' || !descriptor.type ? text : (descriptor.defaultValue ?? null) };
  }
}

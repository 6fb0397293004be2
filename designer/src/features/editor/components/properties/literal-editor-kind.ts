import type { InputDescriptor } from '@/types/activity';

/** Which editor an input gets: its UI hint first, its type otherwise. */
export function literalEditorKind(
  descriptor: InputDescriptor,
): 'checkbox' | 'dropdown' | 'multiline' | 'json' | 'code' | 'variable' | 'switch-cases' | 'cost-center' | 'number' | 'text' {
  switch (descriptor.uiHint) {
    case 'switch-cases':
    case 'checkbox':
    case 'dropdown':
    case 'multiline':
    case 'json':
    case 'code':
    case 'variable':
    case 'cost-center':
      return descriptor.uiHint;
    default:
      break;
  }
  switch (descriptor.type) {
    case 'boolean':
      return 'checkbox';
    case 'number':
    case 'integer':
      return 'number';
    case 'object':
    case 'array':
    case 'any':
      return descriptor.uiHint === 'singleline' ? 'text' : 'json';
    default:
      return 'text';
  }
}

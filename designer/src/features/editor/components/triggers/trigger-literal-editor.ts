import type { ActivityDescriptor, InputDescriptor } from '@/types/activity';
import { isCronInput } from '../../lib/trigger-reach';
import type { LiteralEditor } from '../properties/node-input-field';
import { AuthorizationEditor, ByteSizeEditor, ContentTypesEditor, CronEditor, LinesEditor, MethodsEditor, PortEditor } from './trigger-value-editors';

const isStringList = (input: InputDescriptor) => input.type === 'array' && Array.isArray(input.defaultValue) && input.defaultValue.every((v) => typeof v === 'string');

/**
 * The editor a trigger setting gets, chosen from its descriptor: a few well-known settings (methods, authorization, media
 * types, ports, sizes, cron) get their own; any other string list is one per line; the rest keep the property panel's editor.
 */
export function triggerLiteralEditor(activity: ActivityDescriptor, input: InputDescriptor): LiteralEditor | undefined {
  if (isCronInput(activity, input)) return CronEditor;
  if (input.name === 'methods' && input.type === 'array') return MethodsEditor;
  if (input.name === 'authorization' && input.type === 'string') return AuthorizationEditor;
  if (input.name === 'contentTypes' && input.type === 'array') return ContentTypesEditor;
  if (isStringList(input)) return LinesEditor;
  if (input.name === 'port' && input.type === 'integer') return PortEditor;
  if (/bytes$/i.test(input.name) && input.type === 'integer') return ByteSizeEditor;
  return undefined;
}

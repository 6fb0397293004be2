import type { ActivityDescriptor, InputDescriptor } from '@/types/activity';
import type { JsonValue, WorkflowNode } from '@/types/workflow';
import { describeCron } from './cron-description';

/** Where a trigger listens, in a line an analyst reads (`POST /workflows/charge-capture`), and what stops it from listening. */
export interface TriggerReach {
  /** An address callers send to, a schedule, or the execute API. */
  kind: 'address' | 'schedule' | 'api';
  /** The address or schedule, e.g. `POST /workflows/charge-capture`, `MLLP on port 2575`, `Cron 0 2 * * *`. */
  where: string;
  /** Further lines: who may call, the mode, a cron expression read out. */
  details: string[];
  /** What publishing will refuse: a required setting missing, a setting given as an expression. */
  problems: string[];
}

/** The value of a setting as the node holds it, else its default; `undefined` when it is an expression. */
export function literalSetting(model: WorkflowNode, input: InputDescriptor): JsonValue | undefined {
  const given = model.inputs?.[input.name];
  if (given?.mode === 'expression') return undefined;
  if (given) return given.value;
  return input.defaultMode === 'expression' ? null : (input.defaultValue ?? null);
}

const isEmpty = (value: JsonValue | undefined) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
const text = (value: JsonValue | undefined) => (value === undefined || value === null ? '' : Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** A trigger's settings exist before any run, so they are values; an input whose default is an expression (a correlation id) is read per run. */
export const isRouteSetting = (input: InputDescriptor) => input.defaultMode !== 'expression';

/** A cron trigger: its `expression` input holds the schedule (`uiHint: cron`, or a trigger named for cron). */
export const isCronInput = (descriptor: ActivityDescriptor, input: InputDescriptor) =>
  input.uiHint === 'cron' || (input.name === 'expression' && /cron/i.test(`${descriptor.typeName} ${descriptor.displayName}`));

/** Reads where a trigger node listens from its descriptor's inputs, so a trigger the designer has never seen is still summed up. */
export function describeTriggerReach(descriptor: ActivityDescriptor, model: WorkflowNode): TriggerReach {
  const problems: string[] = [];
  const values = new Map<string, JsonValue | undefined>();
  for (const input of descriptor.inputs) {
    const label = input.displayName || input.name;
    const value = literalSetting(model, input);
    values.set(input.name, value);
    if (value === undefined && isRouteSetting(input)) problems.push(`${label} is an expression: trigger settings are read before any run, so publishing refuses it. Give it a value.`);
    else if (input.required && isEmpty(value)) problems.push(`${label} is required.`);
  }
  const has = (name: string) => values.has(name);
  const value = (name: string) => values.get(name);
  const details: string[] = [];

  if (descriptor.inputs.length === 0) {
    return { kind: 'api', where: 'Started through the execute API (and test runs)', details, problems };
  }
  if (has('path') && has('methods')) {
    const path = text(value('path')).replace(/^\/+/, '');
    const methods = Array.isArray(value('methods')) ? text(value('methods')) || '(no method)' : 'POST';
    if (has('authorization')) details.push(`Authorization: ${describeAuthorization(text(value('authorization')) || 'apiKey')}`);
    if (has('mode')) details.push(text(value('mode')) === 'async' ? 'Async: the caller gets 202 with the instance id once it is saved' : 'Sync: the caller waits for the first HTTP Response');
    return { kind: 'address', where: `${methods} /workflows/${path || '…'}`, details, problems };
  }
  if (has('port')) {
    const port = text(value('port')) || '…';
    const protocol = /mllp/i.test(`${descriptor.typeName} ${descriptor.displayName}`) ? 'MLLP' : descriptor.displayName;
    if (value('useTls') === true) details.push('TLS only');
    const sources = value('allowedSources');
    if (Array.isArray(sources) && sources.length) details.push(`From ${text(sources)} only`);
    return { kind: 'address', where: `${protocol} on port ${port}`, details, problems };
  }
  const cron = descriptor.inputs.find((input) => isCronInput(descriptor, input));
  if (cron) {
    const expression = text(value(cron.name));
    const zone = text(value('timeZone'));
    const reading = describeCron(expression);
    if (expression) details.push(reading.text);
    return { kind: 'schedule', where: `Cron ${expression || '…'} (${zone || 'the server’s time zone'})`, details, problems };
  }
  if (has('interval')) return { kind: 'schedule', where: `Every ${text(value('interval')) || '…'}`, details, problems };
  if (has('at')) return { kind: 'schedule', where: `Once, at ${text(value('at')) || '…'}`, details, problems };

  const shown = descriptor.inputs.filter((input) => input.required || !isEmpty(values.get(input.name))).slice(0, 3);
  return { kind: 'address', where: `${descriptor.displayName}${shown.length ? `: ${shown.map((i) => `${i.displayName || i.name} ${text(values.get(i.name)) || '…'}`).join(', ')}` : ''}`, details, problems };
}

export function describeAuthorization(value: string): string {
  if (value === 'anonymous') return 'anyone (no key)';
  if (value === 'apiKey') return 'any valid API key (X-Api-Key)';
  if (value.startsWith('role:')) return `a key with the role ${value.slice(5) || '…'}`;
  return value;
}

import type { JsonValue, WorkflowNode } from '@/types/workflow';

/** The message as a sender puts it on the wire: segments separated by carriage returns, whatever line breaks the paste had. */
export function normalizeHl7(text: string): string {
  const segments = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0);
  return segments.length ? `${segments.join('\r')}\r` : '';
}

export interface Hl7Header {
  messageType: string;
  controlId: string;
}

const literal = (node: WorkflowNode, name: string): JsonValue | undefined => {
  const input = node.inputs?.[name];
  return input?.mode === 'literal' ? input.value : undefined;
};

/** The media type a real caller would send: the first HL7-like one the endpoint accepts, else the registered HL7 v2 type. */
export function hl7ContentType(trigger: WorkflowNode): string {
  const accepted = literal(trigger, 'contentTypes');
  const list = Array.isArray(accepted) ? accepted.map(String) : [];
  return list.find((type) => /hl7|^text\//i.test(type)) ?? 'x-application/hl7-v2+er7';
}

/** Whether a real caller posting HL7 to this endpoint would get past its media-type check (an empty list accepts any). */
export function endpointAcceptsHl7(trigger: WorkflowNode): boolean {
  const accepted = literal(trigger, 'contentTypes');
  if (accepted === undefined) return false; // the default is application/json only
  return !Array.isArray(accepted) || accepted.length === 0 || accepted.some((type) => /hl7|^text\//i.test(String(type)));
}

export type Hl7TestInput = { ok: true; input: JsonValue } | { ok: false; reason: string };

/**
 * The instance input the workflow's trigger would hand over for this message, so a test run reads it the way a real one
 * does: an HTTP Endpoint's request envelope (Triggers/Http/HttpRequestReader), an MLLP Listener's stored message
 * (MllpTriggerInput), otherwise `{ message, messageType, controlId }` for a workflow started through the API.
 */
export function hl7TestInput(trigger: WorkflowNode | undefined, message: string, header: Hl7Header | null): Hl7TestInput {
  const body = normalizeHl7(message);
  if (!body) return { ok: false, reason: 'Paste an HL7 v2 message first.' };
  if (trigger?.type === 'HttpEndpoint') {
    const methods = literal(trigger, 'methods');
    const method = Array.isArray(methods) && typeof methods[0] === 'string' ? methods[0].toUpperCase() : 'POST';
    const path = String(literal(trigger, 'path') ?? '').replace(/^\/+/, '');
    const contentType = hl7ContentType(trigger);
    return {
      ok: true,
      input: { trigger: 'http', method, path, routeValues: {}, query: {}, headers: { 'content-type': contentType }, contentType, body },
    };
  }
  if (trigger?.type === 'MllpListener') {
    // The listener answers AR to a message it cannot read and stores nothing, so no run could start from it.
    if (!header) return { ok: false, reason: 'An MLLP listener refuses a message that does not parse (AR) and starts nothing: fix the message first.' };
    return { ok: true, input: { message: body, messageType: header.messageType, controlId: header.controlId, remoteAddress: 'designer test run' } };
  }
  return { ok: true, input: { message: body, messageType: header?.messageType ?? '', controlId: header?.controlId ?? '' } };
}

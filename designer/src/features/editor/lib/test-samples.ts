import type { JsonValue } from '@/types/workflow';
import type { WorkflowMeta } from './workflow-mapping';

export type TestInputKind = 'json' | 'hl7';

/** A named test input, saved in the workflow under `designer.samples` (the server keeps unknown fields). */
export interface TestSample {
  name: string;
  /** `hl7`: `input` is the message text; `json` (or absent, as older samples are): `input` is the JSON itself. */
  kind?: TestInputKind;
  input: JsonValue;
}

const designerOf = (meta: WorkflowMeta): Record<string, unknown> =>
  meta.designer && typeof meta.designer === 'object' && !Array.isArray(meta.designer) ? (meta.designer as Record<string, unknown>) : {};

export const sampleKind = (sample: TestSample): TestInputKind => (sample.kind === 'hl7' && typeof sample.input === 'string' ? 'hl7' : 'json');

export function readSamples(meta: WorkflowMeta): TestSample[] {
  const samples = designerOf(meta).samples;
  if (!Array.isArray(samples)) return [];
  return samples.filter((s): s is TestSample => !!s && typeof s === 'object' && typeof (s as TestSample).name === 'string');
}

/** Adds or replaces the sample of that name, keeping whatever else the `designer` field holds. */
export function withSample(meta: WorkflowMeta, sample: TestSample): WorkflowMeta {
  const others = readSamples(meta).filter((s) => s.name !== sample.name);
  return { ...meta, designer: { ...designerOf(meta), samples: [...others, sample] } };
}

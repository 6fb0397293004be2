import type { JsonValue } from '@/types/workflow';
import type { WorkflowMeta } from './workflow-mapping';

/** A named test input, saved in the workflow under `designer.samples` (the server keeps unknown fields). */
export interface TestSample {
  name: string;
  input: JsonValue;
}

const designerOf = (meta: WorkflowMeta): Record<string, unknown> =>
  meta.designer && typeof meta.designer === 'object' && !Array.isArray(meta.designer) ? (meta.designer as Record<string, unknown>) : {};

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

import type { ActivityDescriptor } from '@/types/activity';
import type { WorkflowField, WorkflowVariable } from '@/types/workflow';

const tsType = (type: string | undefined): string => {
  switch (type) {
    case 'string':
    case 'duration':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'any';
  }
};

const safeKey = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

export interface ExpressionContextSource {
  inputs: readonly WorkflowField[];
  variables: readonly WorkflowVariable[];
  nodes: ReadonlyArray<{ id: string; descriptor: ActivityDescriptor | undefined }>;
}

/** TypeScript declarations of what an expression sees, so the editor completes names as you type. */
export function expressionDeclarations({ inputs, variables, nodes }: ExpressionContextSource): string {
  const fields = (list: ReadonlyArray<{ name: string; type?: string; description?: string }>) =>
    list.map((f) => `${f.description ? `  /** ${f.description.replace(/\*\//g, '')} */\n` : ''}  ${safeKey(f.name)}: ${tsType(f.type)};`).join('\n');
  const outputs = nodes
    .map(({ id, descriptor }) => `  ${safeKey(id)}: {\n${fields(descriptor?.outputs ?? []).replace(/^/gm, '  ')}\n  };`)
    .join('\n');
  return [
    `/** The workflow's input. */\ndeclare const input: {\n${fields(inputs)}\n};`,
    `/** The workflow variables (read-only). */\ndeclare const variables: {\n${fields(variables.map((v) => ({ name: v.name, type: v.type })))}\n};`,
    `/** Earlier activities' outputs, by node id then output name. */\ndeclare const outputs: {\n${outputs}\n};`,
    `declare const instance: { id: string; definitionId: string; version: number; correlationId: string | null };`,
  ].join('\n\n');
}

import type { ActivityDescriptor } from '@/types/activity';
import type { WorkflowVariable } from '@/types/workflow';
import type { EditorNode } from '../nodes/node-types';
import { NodeInputField } from '../properties/node-input-field';
import { isRouteSetting } from '../../lib/trigger-reach';
import { triggerLiteralEditor } from './trigger-literal-editor';

export interface TriggerInputsProps {
  node: EditorNode;
  descriptor: ActivityDescriptor;
  variables: readonly WorkflowVariable[];
  declarations: string;
}

/** Every setting of a trigger node, each with the editor its descriptor calls for; a route setting given as an expression is flagged. */
export function TriggerInputs({ node, descriptor, variables, declarations }: TriggerInputsProps) {
  const model = node.data.model;
  return (
    <>
      {descriptor.inputs.map((input) => {
        const given = model.inputs?.[input.name];
        const expressionRefused = given?.mode === 'expression' && isRouteSetting(input);
        return (
          <NodeInputField
            key={input.name}
            nodeId={node.id}
            descriptor={input}
            value={given}
            variables={variables}
            declarations={declarations}
            literalEditor={triggerLiteralEditor(descriptor, input)}
            note={
              expressionRefused ? (
                <span className="field__error">The trigger reads this before any run: publishing refuses an expression here. Switch to Value.</span>
              ) : undefined
            }
          />
        );
      })}
    </>
  );
}

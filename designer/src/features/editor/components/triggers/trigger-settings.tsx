import { useMemo } from 'react';
import { Button } from '@/components';
import { describeTriggerReach, type TriggerReach } from '../../lib/trigger-reach';
import { useEditorStore } from '../../stores/editor-store-context';
import { expressionDeclarations } from '../properties/expression-context';
import { TriggerInputs } from './trigger-inputs';

function reachLabel(kind: TriggerReach['kind'], published: boolean): string {
  if (kind === 'api') return 'How it starts';
  if (kind === 'schedule') return published ? 'Runs' : 'Runs once published';
  return published ? 'Reachable at' : 'Reachable once published at';
}

export interface TriggerSettingsProps {
  /** Selects the trigger node and shows it on the canvas. */
  onFocusNode?: (nodeId: string) => void;
}

/**
 * The workflow's trigger in the workflow panel: where it listens once published, what publishing would refuse (or did
 * refuse: a route another workflow serves), and its settings with their editors. Works for any trigger the server describes.
 */
export function TriggerSettings({ onFocusNode }: TriggerSettingsProps) {
  const trigger = useEditorStore((s) => s.nodes.find((n) => n.type === 'trigger'));
  const descriptor = useEditorStore((s) => (trigger ? s.descriptors.get(trigger.data.model.type) : undefined));
  const published = useEditorStore((s) => s.versionInfo?.state === 'published');
  const refused = useEditorStore((s) => s.publishProblems);
  const selectNode = useEditorStore((s) => s.selectNode);
  const meta = useEditorStore((s) => s.meta);
  const variables = useMemo(() => meta.variables ?? [], [meta.variables]);
  const declarations = useMemo(
    () => (trigger && descriptor ? expressionDeclarations({ inputs: meta.inputs ?? [], variables, nodes: [{ id: trigger.id, descriptor }] }) : ''),
    [meta.inputs, variables, trigger, descriptor],
  );

  if (!trigger || !descriptor) {
    return (
      <section className="stack" aria-labelledby="trigger-title" data-testid="trigger-settings">
        <h3 id="trigger-title">Trigger</h3>
        <p className="muted">No trigger node yet: add one from the palette’s Triggers.</p>
      </section>
    );
  }

  const model = trigger.data.model;
  const reach = describeTriggerReach(descriptor, model);
  const refusals = refused.filter((p) => !p.nodeId || p.nodeId === trigger.id);
  const open = () => (onFocusNode ? onFocusNode(trigger.id) : selectNode(trigger.id));

  return (
    <section className="stack trigger-settings" aria-labelledby="trigger-title" data-testid="trigger-settings">
      <h3 id="trigger-title">Trigger: {descriptor.displayName}</h3>
      <div className="trigger-reach">
        <div className="muted">{reachLabel(reach.kind, published)}</div>
        <div className="trigger-reach__where mono" data-testid="trigger-reach">
          {reach.where}
        </div>
        {reach.details.map((line) => (
          <div key={line} className="muted">
            {line}
          </div>
        ))}
      </div>
      {reach.problems.length ? (
        <ul className="field__error trigger-problems" aria-label="Trigger problems">
          {reach.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {refusals.length ? (
        <div className="callout callout--danger" role="alert" data-testid="trigger-publish-refusal">
          <div className="stack stack--tight">
            <strong>Publishing was refused:</strong>
            <ul>
              {refusals.map((problem) => (
                <li key={problem.code + problem.message}>
                  {problem.code === 'HttpRouteConflict' ? <strong>Route taken. </strong> : null}
                  {problem.message}
                </li>
              ))}
            </ul>
            <span className="muted">Change the settings below, save, and publish again.</span>
          </div>
        </div>
      ) : null}
      <TriggerInputs node={trigger} descriptor={descriptor} variables={variables} declarations={declarations} />
      <div>
        <Button size="sm" onClick={open}>
          Show the trigger node ({model.displayName || trigger.id})
        </Button>
      </div>
    </section>
  );
}

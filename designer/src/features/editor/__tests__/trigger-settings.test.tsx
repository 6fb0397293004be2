import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderInEditor } from '@/testing/editor-harness';
import { descriptors, httpEcho } from '@/testing/fixtures';
import serverDescriptors from '@/testing/server-descriptors.json';
import type { ActivityDescriptor } from '@/types/activity';
import type { WorkflowDocument, WorkflowNode } from '@/types/workflow';
import { PropertyPanel } from '../components/properties/property-panel';

const real = serverDescriptors.items as ActivityDescriptor[];

// A trigger the designer has no code for (the timer set lands on main separately): only its descriptor is known.
const cron: ActivityDescriptor = {
  typeName: 'Cron',
  displayName: 'Cron',
  category: 'Triggers',
  kind: 'trigger',
  icon: 'clock',
  outcomes: ['Done'],
  inputs: [
    { name: 'expression', displayName: 'Expression', type: 'string', uiHint: 'singleline', required: true, defaultMode: 'literal' },
    { name: 'timeZone', displayName: 'Time zone', type: 'string', uiHint: 'singleline', required: false, defaultMode: 'literal' },
    { name: 'misfire', displayName: 'Misfire', type: 'string', uiHint: 'dropdown', options: ['default', 'fireOnce', 'skip'], defaultValue: 'default', defaultMode: 'literal' },
  ],
  outputs: [{ name: 'occurrence', type: 'string' }],
};

const withTrigger = (trigger: WorkflowNode): WorkflowDocument => ({
  schemaVersion: 1,
  definitionId: 'charges',
  name: 'Charges',
  nodes: [trigger, { id: 'log', type: 'Log', position: { x: 240, y: 0 } }],
  connections: [{ source: trigger.id, outcome: 'Done', target: 'log' }],
});

const endpoint = (inputs: WorkflowNode['inputs']) => withTrigger({ id: 'http', type: 'HttpEndpoint', displayName: 'Charges arrive', position: { x: 0, y: 0 }, inputs });

const section = () => screen.getByTestId('trigger-settings');
const inputOf = (store: ReturnType<typeof renderInEditor>['store'], nodeId: string, name: string) =>
  store.getState().nodes.find((n) => n.id === nodeId)?.data.model.inputs?.[name];

describe('TriggerSettings in the workflow panel', () => {
  it('shows where an HTTP Endpoint is reachable, with defaults for what the node leaves out', () => {
    renderInEditor(<PropertyPanel />, endpoint({ path: { mode: 'literal', value: 'charges/{mrn}' }, methods: { mode: 'literal', value: ['POST', 'PUT'] } }), real);

    expect(within(section()).getByRole('heading', { name: 'Trigger: HTTP Endpoint' })).toBeInTheDocument();
    expect(screen.getByTestId('trigger-reach')).toHaveTextContent('POST, PUT /workflows/charges/{mrn}');
    expect(section()).toHaveTextContent('Authorization: any valid API key (X-Api-Key)');
    expect(section()).toHaveTextContent('Sync: the caller waits for the first HTTP Response');
  });

  it('edits path, methods, authorization, mode, media types and body limit with their own editors, each one undo step', async () => {
    const { store } = renderInEditor(<PropertyPanel />, endpoint({ path: { mode: 'literal', value: 'charges' } }), real);

    const path = within(screen.getByTestId('input-path')).getByRole('textbox');
    await userEvent.clear(path);
    await userEvent.type(path, 'billing/dft');
    await userEvent.tab();
    const methods = within(screen.getByTestId('input-methods')).getByRole('group', { name: 'Allowed methods' });
    await userEvent.click(within(methods).getByRole('checkbox', { name: 'PUT' }));
    await userEvent.selectOptions(within(screen.getByTestId('input-authorization')).getByRole('combobox'), 'An API key with a role');
    await userEvent.type(screen.getByRole('textbox', { name: 'Role name' }), 'Billing');
    await userEvent.tab();
    await userEvent.selectOptions(within(screen.getByTestId('input-mode')).getByRole('combobox'), 'async');
    const media = screen.getByTestId('input-contentTypes');
    await userEvent.click(within(media).getByRole('checkbox', { name: 'HL7 v2' }));
    await userEvent.click(within(media).getByRole('checkbox', { name: 'JSON' }));
    const limit = within(screen.getByTestId('input-maxBodyBytes')).getByRole('spinbutton');
    await userEvent.clear(limit);
    await userEvent.type(limit, '2097152');
    await userEvent.tab();

    expect(inputOf(store, 'http', 'path')).toEqual({ mode: 'literal', value: 'billing/dft' });
    expect(inputOf(store, 'http', 'methods')).toEqual({ mode: 'literal', value: ['POST', 'PUT'] });
    expect(inputOf(store, 'http', 'authorization')).toEqual({ mode: 'literal', value: 'role:Billing' });
    expect(inputOf(store, 'http', 'mode')).toEqual({ mode: 'literal', value: 'async' });
    expect(inputOf(store, 'http', 'contentTypes')).toEqual({ mode: 'literal', value: ['x-application/hl7-v2+er7'] });
    expect(inputOf(store, 'http', 'maxBodyBytes')).toEqual({ mode: 'literal', value: 2097152 });
    expect(screen.getByTestId('input-maxBodyBytes')).toHaveTextContent('= 2 MB');
    expect(screen.getByTestId('trigger-reach')).toHaveTextContent('POST, PUT /workflows/billing/dft');
    expect(section()).toHaveTextContent('Authorization: a key with the role Billing');

    act(() => store.getState().undo());
    expect(inputOf(store, 'http', 'maxBodyBytes')).toBeUndefined();
    act(() => store.getState().undo());
    expect(inputOf(store, 'http', 'contentTypes')).toEqual({ mode: 'literal', value: ['application/json', 'x-application/hl7-v2+er7'] });
  });

  it('names what publishing would refuse: a missing path and a route setting given as an expression', () => {
    renderInEditor(<PropertyPanel />, endpoint({ methods: { mode: 'expression', value: 'input.methods' } }), real);

    const problems = within(section()).getByRole('list', { name: 'Trigger problems' });
    expect(problems).toHaveTextContent('Path is required.');
    expect(problems).toHaveTextContent('Allowed methods is an expression');
    expect(within(screen.getByTestId('input-methods')).getByText(/publishing refuses an expression here/)).toBeInTheDocument();
  });

  it('shows the route clash the server refused at publish, until the trigger is edited', async () => {
    const { store } = renderInEditor(<PropertyPanel />, endpoint({ path: { mode: 'literal', value: 'charge-capture' } }), real);
    act(() =>
      store.getState().setPublishProblems([
        { code: 'HttpRouteConflict', nodeId: 'http', message: "Path 'charge-capture' (POST) is already served by published workflow 'charge-capture' ('Charge capture', path 'charge-capture')." },
      ]),
    );

    const refusal = screen.getByTestId('trigger-publish-refusal');
    expect(refusal).toHaveAttribute('role', 'alert');
    expect(refusal).toHaveTextContent("Route taken. Path 'charge-capture' (POST) is already served by published workflow 'charge-capture'");

    await userEvent.type(within(screen.getByTestId('input-path')).getByRole('textbox'), '-2');
    expect(screen.queryByTestId('trigger-publish-refusal')).not.toBeInTheDocument();
  });

  it('shows what publishing refused about a setting under that setting, described by it, until the trigger is edited', async () => {
    const { store } = renderInEditor(<PropertyPanel />, withTrigger({ id: 'nightly', type: 'Cron', position: { x: 0, y: 0 }, inputs: { expression: { mode: 'literal', value: '0 25 * * *' } } }), [...real, cron]);
    act(() =>
      store.getState().setPublishProblems([
        { code: 'InvalidTimerTrigger', nodeId: 'nightly', message: "Node 'nightly': Cron expression '0 25 * * *' does not parse: hour is out of range." },
        { code: 'InvalidTimerTrigger', nodeId: 'nightly', message: "Node 'nightly': Time zone 'Mars/Olympus' is not known; use an IANA name such as Europe/Berlin." },
      ]),
    );

    const expression = screen.getByTestId('input-expression');
    const refusal = within(expression).getByTestId('input-publish-problem');
    expect(refusal).toHaveTextContent("Publishing refused this: Cron expression '0 25 * * *' does not parse");
    expect(refusal).not.toHaveTextContent('Time zone');
    expect(within(expression).getByRole('textbox')).toHaveAccessibleDescription(expect.stringContaining('does not parse'));
    expect(within(screen.getByTestId('input-timeZone')).getByTestId('input-publish-problem')).toHaveTextContent("Time zone 'Mars/Olympus' is not known");
    expect(within(screen.getByTestId('input-misfire')).queryByTestId('input-publish-problem')).not.toBeInTheDocument();
    expect(screen.getByTestId('trigger-publish-refusal')).toHaveTextContent('does not parse');

    const field = within(expression).getByRole('textbox');
    await userEvent.clear(field);
    await userEvent.type(field, '0 2 * * *');
    expect(screen.queryByTestId('input-publish-problem')).not.toBeInTheDocument();
  });

  it('sums up an MLLP Listener by its port and edits the port within 1–65535', async () => {
    const { store } = renderInEditor(<PropertyPanel />, withTrigger({ id: 'mllp', type: 'MllpListener', position: { x: 0, y: 0 }, inputs: { port: { mode: 'literal', value: 2575 }, useTls: { mode: 'literal', value: true } } }), real);

    expect(screen.getByTestId('trigger-reach')).toHaveTextContent('MLLP on port 2575');
    expect(section()).toHaveTextContent('TLS only');
    const port = within(screen.getByTestId('input-port')).getByRole('spinbutton');
    expect(port).toHaveAttribute('max', '65535');
    await userEvent.clear(port);
    await userEvent.type(port, '2600');
    expect(inputOf(store, 'mllp', 'port')).toEqual({ mode: 'literal', value: 2600 });
    expect(screen.getByTestId('trigger-reach')).toHaveTextContent('MLLP on port 2600');
  });

  it('handles a trigger it only knows from its descriptor, reading a cron expression out', async () => {
    const { store } = renderInEditor(<PropertyPanel />, withTrigger({ id: 'nightly', type: 'Cron', position: { x: 0, y: 0 }, inputs: { expression: { mode: 'literal', value: '0 2 * * *' } } }), [...real, cron]);

    expect(screen.getByTestId('trigger-reach')).toHaveTextContent('Cron 0 2 * * * (the server’s time zone)');
    expect(screen.getByTestId('cron-reading')).toHaveTextContent('At 02:00, every day');
    const expression = within(screen.getByTestId('input-expression')).getByRole('textbox');
    await userEvent.clear(expression);
    await userEvent.type(expression, '30 6 * * MON-FRI');
    expect(screen.getByTestId('cron-reading')).toHaveTextContent('At 06:30, on Monday to Friday');
    await userEvent.clear(expression);
    await userEvent.type(expression, '61 *');
    expect(screen.getByTestId('cron-reading')).toHaveTextContent('2 fields: a cron expression has five');
    expect(within(screen.getByTestId('input-misfire')).getByRole('combobox')).toHaveValue('default');
    expect(inputOf(store, 'nightly', 'expression')).toEqual({ mode: 'literal', value: '61 *' });
  });

  it('says a Start trigger runs through the execute API', () => {
    renderInEditor(<PropertyPanel />, httpEcho, descriptors);

    expect(screen.getByTestId('trigger-reach')).toHaveTextContent('Started through the execute API (and test runs)');
  });

  it('gives the selected trigger node the same editors', () => {
    const { store } = renderInEditor(<PropertyPanel />, endpoint({ path: { mode: 'literal', value: 'charges' } }), real);
    act(() => store.getState().selectNode('http'));

    expect(within(screen.getByTestId('node-properties')).getByRole('group', { name: 'Allowed methods' })).toBeInTheDocument();
  });
});

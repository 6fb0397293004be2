import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInEditor } from '@/testing/editor-harness';
import { httpEcho } from '@/testing/fixtures';
import { mockFetch } from '@/testing/mock-fetch';
import serverDescriptors from '@/testing/server-descriptors.json';
import type { ActivityDescriptor } from '@/types/activity';
import type { WorkflowDocument, WorkflowNode } from '@/types/workflow';
import { TestRunDialog } from '../components/dialogs/test-run-dialog';

const instance = {
  id: 'run-1',
  definitionId: 'http-echo',
  version: 1,
  status: 'finished',
  subStatus: 'completed',
  createdAt: '',
  updatedAt: '',
  incidentCount: 0,
  journal: [
    { sequence: 1, nodeId: 'start', activityType: 'Start', event: 'completed', outcomes: ['Done'], startedAt: '' },
    { sequence: 2, nodeId: 'big', activityType: 'If', event: 'completed', outcomes: ['True'], startedAt: '', inputs: { condition: true } },
    { sequence: 3, nodeId: 'setBig', activityType: 'SetVariable', event: 'completed', outcomes: ['Done'], startedAt: '' },
    { sequence: 4, nodeId: 'done', activityType: 'Finish', event: 'finished', outcomes: [], startedAt: '' },
  ],
};

describe('TestRunDialog', () => {
  it('runs the version with the pasted input and draws the path on the canvas', async () => {
    const { requests } = mockFetch({
      'POST /api/workflow-definitions/http-echo/execute': { body: { instanceId: 'run-1', status: 'finished', subStatus: 'completed', output: { label: 'big' } } },
      'GET /api/workflow-instances/run-1': { body: instance },
    });
    const { store } = renderInEditor(<TestRunDialog open definitionId="http-echo" version={1} onClose={vi.fn()} />);

    const input = screen.getByLabelText('Input (JSON)');
    await userEvent.clear(input);
    await userEvent.type(input, '{{"amount": 500}');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));

    expect(await screen.findByText('The path taken is highlighted on the canvas.')).toBeInTheDocument();
    expect(requests[0]).toMatchObject({ url: '/api/workflow-definitions/http-echo/execute?wait=true&version=1', body: { amount: 500 } });
    expect(screen.getByText('Completed')).toBeInTheDocument();
    expect(store.getState().runPath).toEqual({
      instanceId: 'run-1',
      nodes: { start: 'completed', big: 'completed', setBig: 'completed', done: 'completed' },
      edgeIds: ['start:Done->big', 'big:True->setBig', 'setBig:Done->done'],
    });
  });

  it('refuses input that is not JSON', async () => {
    const { requests } = mockFetch({});
    renderInEditor(<TestRunDialog open definitionId="http-echo" version={1} onClose={vi.fn()} />);

    const input = screen.getByLabelText('Input (JSON)');
    await userEvent.clear(input);
    await userEvent.type(input, 'amount = 5');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));

    expect(screen.getByText('The input is not valid JSON.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('saves a named sample in the workflow and offers it again', async () => {
    mockFetch({});
    const { store } = renderInEditor(<TestRunDialog open definitionId="http-echo" version={1} onClose={vi.fn()} />);

    const input = screen.getByLabelText('Input (JSON)');
    await userEvent.clear(input);
    await userEvent.type(input, '{{"amount": 7}');
    await userEvent.type(screen.getByLabelText('Sample name'), 'Small amount');
    await userEvent.click(screen.getByRole('button', { name: 'Save as sample' }));

    expect(store.getState().toDocument().designer).toEqual({ samples: [{ name: 'Small amount', kind: 'json', input: { amount: 7 } }] });
    await userEvent.clear(input);
    await userEvent.selectOptions(screen.getByLabelText('Saved samples'), 'Small amount');
    await waitFor(() => expect(input).toHaveValue('{\n  "amount": 7\n}'));
    expect(store.getState().toDocument().triggerSettings).toEqual(httpEcho.triggerSettings);
  });

  describe('with an HL7 v2 message', () => {
    const real = serverDescriptors.items as ActivityDescriptor[];
    const dft = 'MSH|^~\\&|BILLING|HOSP|ERP|FINANCE|20261125080000||DFT^P03|MSG-0001|P|2.5\nEVN|P03|20261125080000\nFT1|1|TX0||20261125073000|20261125|CG|80053^Metabolic panel^CPT\n';
    const flow = (trigger: WorkflowNode): WorkflowDocument => ({
      schemaVersion: 1,
      definitionId: 'charges',
      name: 'Charges',
      nodes: [trigger, { id: 'log', type: 'Log', position: { x: 240, y: 0 } }],
      connections: [{ source: trigger.id, outcome: 'Done', target: 'log' }],
    });
    const endpoint = flow({
      id: 'http',
      type: 'HttpEndpoint',
      position: { x: 0, y: 0 },
      inputs: {
        path: { mode: 'literal', value: 'billing/dft' },
        methods: { mode: 'literal', value: ['POST'] },
        contentTypes: { mode: 'literal', value: ['application/hl7-v2', 'x-application/hl7-v2+er7'] },
      },
    });
    const parsed = { valid: true, messageType: 'DFT^P03', controlId: 'MSG-0001', values: {}, adt: { eventType: 'P03', charges: [{ code: '80053' }] } };
    const ran = {
      'POST /api/workflow-definitions/charges/execute': { body: { instanceId: 'run-2', status: 'finished', subStatus: 'completed' } },
      'GET /api/workflow-instances/run-2': { body: { ...instance, id: 'run-2', definitionId: 'charges', journal: [] } },
    };

    const pasteMessage = async (text: string) => {
      await userEvent.click(screen.getByRole('radio', { name: 'HL7 v2' }));
      await userEvent.click(screen.getByLabelText('HL7 v2 message'));
      await userEvent.paste(text);
    };

    it('previews the message and runs it as the HTTP Endpoint hands a request over', async () => {
      const { requests } = mockFetch({ 'POST /api/hl7/parse': { body: parsed }, ...ran });
      renderInEditor(<TestRunDialog open definitionId="charges" version={3} onClose={vi.fn()} />, endpoint, real);

      await pasteMessage(dft);
      const preview = await screen.findByTestId('hl7-preview');
      expect(preview).toHaveTextContent('Message typeDFT^P03');
      expect(preview).toHaveTextContent('Control idMSG-0001');
      expect(preview).toHaveTextContent('FT1 charges1');
      await userEvent.click(screen.getByRole('button', { name: 'Run' }));

      await screen.findByText('The path taken is highlighted on the canvas.');
      const sentMessage = dft.trimEnd().replace(/\n/g, '\r') + '\r';
      expect(requests.find((r) => r.url.startsWith('/api/hl7/parse'))).toMatchObject({ body: sentMessage, headers: { 'Content-Type': 'x-application/hl7-v2+er7' } });
      expect(requests.find((r) => r.url.includes('/execute'))).toMatchObject({
        url: '/api/workflow-definitions/charges/execute?wait=true&version=3',
        body: {
          trigger: 'http',
          method: 'POST',
          path: 'billing/dft',
          routeValues: {},
          query: {},
          headers: { 'content-type': 'application/hl7-v2' },
          contentType: 'application/hl7-v2',
          body: sentMessage,
        },
      });
    });

    it('names the segment and field where a message does not parse', async () => {
      mockFetch({
        'POST /api/hl7/parse': {
          status: 422,
          body: {
            title: 'The HL7 message is not valid',
            detail: 'MSH-10 (segment 1): MSH-10 (message control id) is empty.',
            problems: [
              { code: 'missingControlId', location: 'MSH-10', segment: 'MSH', segmentIndex: 0, field: 10, message: 'MSH-10 (message control id) is empty.' },
              { code: 'invalidSegment', location: 'ZZ', segment: 'ZZ', segmentIndex: 2, field: 0, message: 'A segment name has three characters.' },
            ],
          },
        },
      });
      renderInEditor(<TestRunDialog open definitionId="charges" version={3} onClose={vi.fn()} />, endpoint, real);

      await pasteMessage('MSH|^~\\&|A|B|C|D|20261125||DFT^P03||P|2.5\nEVN|P03\nZZ|1');

      const preview = await screen.findByTestId('hl7-preview');
      expect(preview).toHaveTextContent('The message does not parse');
      expect(preview).toHaveTextContent('MSH-10 (segment 1): MSH-10 (message control id) is empty.');
      expect(within(preview).getByRole('list', { name: 'Problems in the message' })).toHaveTextContent('ZZ (segment 3) A segment name has three characters.');
    });

    it('runs an MLLP workflow with the message as the listener stores it, and refuses one that does not parse', async () => {
      const { requests } = mockFetch({
        'POST /api/hl7/parse': (request) => (String(request.body).includes('MSG-0001') ? { body: parsed } : { status: 422, body: { title: 'The HL7 message is not valid', detail: 'No MSH segment.' } }),
        ...ran,
      });
      renderInEditor(<TestRunDialog open definitionId="charges" version={3} onClose={vi.fn()} />, flow({ id: 'mllp', type: 'MllpListener', position: { x: 0, y: 0 }, inputs: { port: { mode: 'literal', value: 2575 } } }), real);

      await pasteMessage('not a message');
      await userEvent.click(screen.getByRole('button', { name: 'Run' }));
      expect(await screen.findByText(/An MLLP listener refuses a message that does not parse/)).toBeInTheDocument();
      expect(requests.some((r) => r.url.includes('/execute'))).toBe(false);

      await userEvent.clear(screen.getByLabelText('HL7 v2 message'));
      await userEvent.paste(dft);
      await userEvent.click(screen.getByRole('button', { name: 'Run' }));
      await screen.findByText('The path taken is highlighted on the canvas.');
      expect(requests.find((r) => r.url.includes('/execute'))?.body).toEqual({
        message: dft.trimEnd().replace(/\n/g, '\r') + '\r',
        messageType: 'DFT^P03',
        controlId: 'MSG-0001',
        remoteAddress: 'designer test run',
      });
    });

    it('saves an HL7 sample that comes back as HL7', async () => {
      mockFetch({ 'POST /api/hl7/parse': { body: parsed } });
      const { store } = renderInEditor(<TestRunDialog open definitionId="charges" version={3} onClose={vi.fn()} />, endpoint, real);

      await pasteMessage(dft);
      await userEvent.type(screen.getByLabelText('Sample name'), 'DFT lab charge');
      await userEvent.click(screen.getByRole('button', { name: 'Save as sample' }));
      expect(store.getState().toDocument().designer).toEqual({ samples: [{ name: 'DFT lab charge', kind: 'hl7', input: dft.trimEnd().replace(/\n/g, '\r') + '\r' }] });

      await userEvent.click(screen.getByRole('radio', { name: 'JSON' }));
      await userEvent.selectOptions(screen.getByLabelText('Saved samples'), 'DFT lab charge (HL7)');
      expect(screen.getByRole('radio', { name: 'HL7 v2' })).toBeChecked();
      expect(screen.getByLabelText('HL7 v2 message')).toHaveValue(dft.trimEnd());
    });
  });
});

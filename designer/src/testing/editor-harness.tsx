import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { EditorStoreContext } from '@/features/editor/stores/editor-store-context';
import { createEditorStore } from '@/features/editor/stores/editor-store';
import { toDescriptorMap } from '@/features/editor/lib/workflow-mapping';
import type { ActivityDescriptor } from '@/types/activity';
import type { WorkflowDocument } from '@/types/workflow';
import { descriptors, httpEcho } from './fixtures';
import { createTestQueryClient } from './render';

/** Renders an editor component over a store opened on `definition` (http-echo by default), with the fixture descriptors unless others are given. */
export function renderInEditor(element: ReactElement, definition: WorkflowDocument = httpEcho, known: readonly ActivityDescriptor[] = descriptors) {
  const store = createEditorStore(definition, toDescriptorMap(known));
  const utils = render(
    <QueryClientProvider client={createTestQueryClient()}>
      <MemoryRouter>
        <ReactFlowProvider>
          <EditorStoreContext.Provider value={store}>{element}</EditorStoreContext.Provider>
        </ReactFlowProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...utils, store };
}

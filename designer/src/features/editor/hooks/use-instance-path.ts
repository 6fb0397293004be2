import { useEffect } from 'react';
import { notify } from '@/components';
import { getInstance } from '@/features/instances';
import { errorMessage } from '@/lib/api-error';
import { runPathFromInstance } from '../lib/run-path';
import type { EditorStore } from '../stores/editor-store';

/** `?instance=<id>` opens the editor with that instance's path drawn. */
export function useInstancePath(editor: EditorStore, instanceId: string | null): void {
  useEffect(() => {
    if (!instanceId) return;
    let cancelled = false;
    getInstance(instanceId)
      .then((instance) => {
        if (!cancelled) editor.getState().setRunPath(runPathFromInstance(instance, editor.getState().toDocument().connections));
      })
      .catch((error: unknown) => notify(`The instance path cannot be shown: ${errorMessage(error)}`, 'error'));
    return () => {
      cancelled = true;
    };
  }, [instanceId, editor]);

}

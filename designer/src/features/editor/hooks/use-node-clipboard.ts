import { useEffect } from 'react';
import { notify } from '@/components';
import { parseClipboard } from '../lib/clipboard';
import type { EditorStore } from '../stores/editor-store';
import { isEditableTarget } from './is-editable-target';

/** Copy and paste go through the system clipboard, so nodes travel between workflows and tabs. */
export function useNodeClipboard(editor: EditorStore): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      if (isEditableTarget(event.target) || !event.clipboardData) return;
      const payload = editor.getState().copySelection();
      if (!payload) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', JSON.stringify(payload, null, 2));
      notify(`Copied ${payload.nodes.length} node${payload.nodes.length === 1 ? '' : 's'}.`);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isEditableTarget(event.target) || !event.clipboardData) return;
      const payload = parseClipboard(event.clipboardData.getData('text/plain'));
      if (!payload) return;
      event.preventDefault();
      editor.getState().paste(payload);
      notify(`Pasted ${payload.nodes.length} node${payload.nodes.length === 1 ? '' : 's'}.`);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [editor]);

}

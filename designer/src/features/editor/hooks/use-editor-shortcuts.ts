import { useEffect } from 'react';
import { selectIsDirty, type EditorStore } from '../stores/editor-store';
import { isEditableTarget } from './is-editable-target';

/** Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y and Ctrl+S for the whole editor. */
export function useEditorShortcuts(editor: EditorStore, saveDraft: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        if (selectIsDirty(editor.getState())) saveDraft();
        return;
      }
      if (isEditableTarget(event.target)) return;
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        editor.getState().undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        editor.getState().redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor, saveDraft]);

}

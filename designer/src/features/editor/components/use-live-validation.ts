import { useEffect, useState } from 'react';
import { useWorkflowValidation } from '../api/validate-workflow';
import { useEditorStore, useEditorStoreApi } from '../stores/editor-store-context';

const pauseMs = 600;

/** Asks the server to validate the workflow a moment after each edit, and keeps the answer in the store. */
export function useLiveValidation(definitionId: string) {
  const store = useEditorStoreApi();
  const stamp = useEditorStore((s) => s.stamp);
  const [settled, setSettled] = useState(stamp);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(stamp), pauseMs);
    return () => clearTimeout(timer);
  }, [stamp]);
  const query = useWorkflowValidation(definitionId, settled, () => store.getState().toDocument());
  const { data, isPlaceholderData } = query;
  useEffect(() => {
    if (data && !isPlaceholderData) store.getState().setValidation(data.valid, data.problems);
  }, [data, isPlaceholderData, store]);
  return query;
}

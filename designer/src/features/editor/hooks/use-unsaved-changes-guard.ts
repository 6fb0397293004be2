import { useEffect } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/** Asks before closing the tab or leaving the page while there are unsaved changes. */
export function useUnsavedChangesGuard(dirty: boolean): Blocker {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

}

import { Button, Dialog } from '@/components';

/** Shown when the server answers 409 to a save: someone else saved this workflow first. */
export function ConflictDialog({ open, busy, onReload, onOverwrite, onClose }: {
  open: boolean;
  busy: boolean;
  onReload: () => void;
  onOverwrite: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      role="alertdialog"
      title="Someone else saved this workflow"
      testId="conflict-dialog"
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Keep editing
          </Button>
          <Button onClick={onReload} busy={busy}>
            Load their version
          </Button>
          <Button variant="danger" onClick={onOverwrite} busy={busy}>
            Replace with mine
          </Button>
        </>
      }
    >
      <p>The workflow changed on the server after you opened it. Load their version (your changes are discarded), or replace it with yours (their changes are lost).</p>
    </Dialog>
  );
}

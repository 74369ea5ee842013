'use client';

import { Alert } from './alert';
import { Button } from './button';
import { CopyButton } from './copy-button';
import { Dialog } from './dialog';

/**
 * Shows a freshly created secret exactly once. The caller holds the secret in state only while
 * this is open and drops it on close; the dialog unmounts its content when closed.
 */
export function SecretOnceDialog({ secret, title, description, onClose, label }: { secret: string | null; title: string; description?: string; label: string; onClose: () => void }) {
  return (
    <Dialog
      open={secret !== null}
      onClose={onClose}
      title={title}
      description={description}
      footer={
        <Button onClick={onClose}>I have stored it safely</Button>
      }
    >
      {secret ? (
        <div className="space-y-4">
          <Alert tone="warning" title="You will not see this again">
            Copy it now and keep it somewhere safe, such as a secret manager. Once you close this dialog only its last four characters are shown. If you lose it, revoke it and create a new one.
          </Alert>
          <div className="space-y-2">
            <p className="text-sm font-medium text-slate-800" id="secret-once-label">
              {label}
            </p>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
              <code data-testid="secret-value" aria-labelledby="secret-once-label" className="block min-w-0 flex-1 rounded-md bg-slate-100 px-3 py-2.5 font-mono text-sm break-all text-slate-900 ring-1 ring-slate-200 ring-inset select-all">
                {secret}
              </code>
              <CopyButton value={secret} label="Copy" size="md" variant="primary" />
            </div>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}

import { useState } from 'react';
import { Button } from '@/components';

/** A new key, shown this one time, with a copy button; the server keeps only its hash. */
export function SecretOnce({ secret }: { secret: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="stack">
      <div className="callout callout--warning" role="alert">
        <p>Copy this key now. It is shown only this once: the server keeps only its hash, and nobody can show it again.</p>
      </div>
      <label className="field__label" htmlFor="new-api-key">
        The new key
      </label>
      <div className="row">
        <input id="new-api-key" className="input mono secret" readOnly value={secret} onFocus={(e) => e.target.select()} data-testid="new-api-key" />
        <Button onClick={copy}>Copy</Button>
      </div>
      <span role="status">{copied === 'yes' ? 'Copied to the clipboard.' : copied === 'failed' ? 'The browser refused the clipboard: select the key and copy it.' : ''}</span>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, TextField } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { useSignIn } from '../api/verify-credentials';

/** Signs in with an API key, checked with one authenticated read before it is kept. */
export function ApiKeyForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [apiKey, setApiKey] = useState('');
  const [touched, setTouched] = useState(false);
  const signIn = useSignIn();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!apiKey.trim()) return;
    signIn.mutate({ scheme: 'api-key', apiKey: apiKey.trim() }, { onSuccess: onSignedIn });
  };

  const fieldError = touched && !apiKey.trim() ? 'Enter an API key.' : signIn.isError ? errorMessage(signIn.error) : null;

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title">
      <p className="muted">Paste the API key your administrator gave you. It is kept only for this browser tab.</p>
      <TextField
        label="API key"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={apiKey}
        onChange={(event) => setApiKey(event.target.value)}
        error={fieldError}
        autoFocus
      />
      <Button type="submit" variant="primary" busy={signIn.isPending}>
        Sign in
      </Button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Button, TextField, ThemeToggle } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { useSignIn } from '../api/verify-credentials';

export function SignInPage() {
  const [apiKey, setApiKey] = useState('');
  const [touched, setTouched] = useState(false);
  const signIn = useSignIn();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!apiKey.trim()) return;
    signIn.mutate({ scheme: 'api-key', apiKey: apiKey.trim() }, { onSuccess: () => navigate(from, { replace: true }) });
  };

  const fieldError = touched && !apiKey.trim() ? 'Enter an API key.' : signIn.isError ? errorMessage(signIn.error) : null;

  return (
    <main className="sign-in">
      <div className="sign-in__theme">
        <ThemeToggle />
      </div>
      <form className="sign-in__card stack" onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title">
        <div className="brand brand--large" aria-hidden="true">
          HealthFlows
        </div>
        <h1 id="sign-in-title">Sign in to the designer</h1>
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
    </main>
  );
}

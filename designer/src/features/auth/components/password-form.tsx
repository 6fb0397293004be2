import { useState, type FormEvent } from 'react';
import { Button, TextField } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { usePasswordSignIn } from '../api/sign-in-with-password';

/**
 * Signs in a built-in user. The server answers one 401 for a wrong password and a locked or disabled account
 * alike (so nobody learns which names exist), and 429 when sign-ins come too fast; its sentence is shown as it is.
 */
export function PasswordForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const signIn = usePasswordSignIn();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!userName.trim() || !password) return;
    signIn.mutate({ userName: userName.trim(), password }, { onSuccess: onSignedIn });
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title">
      <p className="muted">Your session ends when you sign out, close this tab, or the server's token expires.</p>
      <TextField
        label="User name"
        autoComplete="username"
        spellCheck={false}
        value={userName}
        onChange={(event) => setUserName(event.target.value)}
        error={touched && !userName.trim() ? 'Enter your user name.' : null}
        autoFocus
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={touched && !password ? 'Enter your password.' : null}
      />
      {signIn.isError ? (
        <div className="callout callout--danger" role="alert">
          {errorMessage(signIn.error)}
        </div>
      ) : null}
      <Button type="submit" variant="primary" busy={signIn.isPending}>
        Sign in
      </Button>
    </form>
  );
}

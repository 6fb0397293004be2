import { useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ThemeToggle } from '@/components';
import { ApiKeyForm } from './api-key-form';
import { PasswordForm } from './password-form';

type Method = 'password' | 'api-key';

const methods: { id: Method; label: string }[] = [
  { id: 'password', label: 'User name' },
  { id: 'api-key', label: 'API key' },
];

const methodKey = 'healthflows.sign-in-method';

/** Sign-in with a user name and password (an access token) or with an API key; the last choice is remembered. */
export function SignInPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [method, setMethod] = useState<Method>(() => (localStorage.getItem(methodKey) === 'api-key' ? 'api-key' : 'password'));
  const tabs = useRef<Record<Method, HTMLButtonElement | null>>({ password: null, 'api-key': null });

  const select = (next: Method, focus = false) => {
    setMethod(next);
    localStorage.setItem(methodKey, next);
    if (focus) tabs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    select(method === 'password' ? 'api-key' : 'password', true);
  };
  const done = () => navigate(from, { replace: true });

  return (
    <main className="sign-in">
      <div className="sign-in__theme">
        <ThemeToggle />
      </div>
      <div className="sign-in__card stack">
        <div className="brand brand--large" aria-hidden="true">
          HealthFlows
        </div>
        <h1 id="sign-in-title">Sign in to the designer</h1>
        <div className="page-tabs" role="tablist" aria-label="Sign in with" onKeyDown={onKeyDown}>
          {methods.map((m) => (
            <button
              key={m.id}
              ref={(element) => {
                tabs.current[m.id] = element;
              }}
              type="button"
              role="tab"
              id={`sign-in-tab-${m.id}`}
              aria-selected={method === m.id}
              aria-controls={`sign-in-panel-${m.id}`}
              tabIndex={method === m.id ? 0 : -1}
              onClick={() => select(m.id)}
            >
              {m.label}
            </button>
          ))}
        </div>
        {/* Not labelled by its tab: "API key" would then name the panel as well as the field. */}
        <div role="tabpanel" id={`sign-in-panel-${method}`}>
          {method === 'password' ? <PasswordForm onSignedIn={done} /> : <ApiKeyForm onSignedIn={done} />}
        </div>
      </div>
    </main>
  );
}

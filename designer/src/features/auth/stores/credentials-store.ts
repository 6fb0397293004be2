import { useSyncExternalStore } from 'react';

/**
 * How the user proved who they are. Only API keys exist today; a user/password sign-in adds a
 * `{ scheme: 'bearer', accessToken, userName }` member here and a header in `authHeaders`.
 */
export type Credentials = { scheme: 'api-key'; apiKey: string };

const storageKey = 'healthflows.credentials';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: Credentials | null } = { raw: null, value: null };

function parse(raw: string | null): Credentials | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Credentials>;
    return value.scheme === 'api-key' && typeof value.apiKey === 'string' && value.apiKey ? { scheme: 'api-key', apiKey: value.apiKey } : null;
  } catch {
    return null;
  }
}

/** The signed-in credentials, kept in sessionStorage so they end with the browser tab. */
export function getCredentials(): Credentials | null {
  const raw = sessionStorage.getItem(storageKey);
  if (raw !== cached.raw) cached = { raw, value: parse(raw) };
  return cached.value;
}

export function setCredentials(credentials: Credentials | null): void {
  if (credentials) sessionStorage.setItem(storageKey, JSON.stringify(credentials));
  else sessionStorage.removeItem(storageKey);
  listeners.forEach((listener) => listener());
}

export function authHeaders(credentials: Credentials | null): Record<string, string> {
  if (!credentials) return {};
  switch (credentials.scheme) {
    case 'api-key':
      return { 'X-Api-Key': credentials.apiKey };
  }
}

export function useCredentials(): Credentials | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getCredentials);
}

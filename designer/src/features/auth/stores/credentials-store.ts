import { useSyncExternalStore } from 'react';

/**
 * How the user proved who they are: an API key sent as `X-Api-Key`, or the access token that
 * `POST /api/auth/sign-in` answered for a user name and password, sent as `Authorization: Bearer`.
 */
export type Credentials =
  | { scheme: 'api-key'; apiKey: string }
  | { scheme: 'bearer'; accessToken: string; userName: string; expiresAt: string };

const storageKey = 'healthflows.credentials';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: Credentials | null } = { raw: null, value: null };

function parse(raw: string | null): Credentials | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (value.scheme === 'api-key' && typeof value.apiKey === 'string' && value.apiKey) return { scheme: 'api-key', apiKey: value.apiKey };
    if (value.scheme === 'bearer' && typeof value.accessToken === 'string' && value.accessToken && typeof value.expiresAt === 'string') {
      return { scheme: 'bearer', accessToken: value.accessToken, userName: String(value.userName ?? ''), expiresAt: value.expiresAt };
    }
    return null;
  } catch {
    return null;
  }
}

/** A token past its expiry would only earn a 401; treating it as gone shows sign-in at once. */
const expired = (credentials: Credentials | null) =>
  credentials?.scheme === 'bearer' && !(new Date(credentials.expiresAt).getTime() > Date.now());

/** The signed-in credentials, kept in sessionStorage so they end with the browser tab. */
export function getCredentials(): Credentials | null {
  const raw = sessionStorage.getItem(storageKey);
  if (raw !== cached.raw) cached = { raw, value: parse(raw) };
  return expired(cached.value) ? null : cached.value;
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
    case 'bearer':
      return { Authorization: `Bearer ${credentials.accessToken}` };
  }
}

export function useCredentials(): Credentials | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getCredentials);
}

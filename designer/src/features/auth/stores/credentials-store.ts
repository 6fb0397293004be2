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

// The page Sign out was chosen on, until the next sign-in (null when the credentials ended otherwise: a 401, an expiry).
let signedOutFrom: string | null = null;

export function setCredentials(credentials: Credentials | null): void {
  if (credentials) signedOutFrom = null;
  if (credentials) sessionStorage.setItem(storageKey, JSON.stringify(credentials));
  else sessionStorage.removeItem(storageKey);
  listeners.forEach((listener) => listener());
}

/**
 * Ends the session on purpose, on the page at `path`: the next sign-in, perhaps someone else's, starts at the workflow list
 * rather than returning to this user's page (an Admin page, say, that the next user may not see).
 */
export function signOut(path: string): void {
  signedOutFrom = path;
  setCredentials(null);
}

/** Whether `path` is the page Sign out was chosen on (so sign-in should not return to it). */
export const signedOutOn = (path: string) => signedOutFrom === path;

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

/** A built-in user as `GET /api/users` lists it (never a password hash). */
export interface User {
  id: string;
  userName: string;
  roles: string[];
  disabled: boolean;
  lockedUntil?: string | null;
  createdAt: string;
  updatedAt: string;
  lastSignInAt?: string | null;
}

/** An API key as listed: its prefix, never the key. */
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  roles: string[];
  allowedTriggerPaths: string[];
  createdAt: string;
  expiresAt?: string | null;
  revokedAt?: string | null;
}

/** The answer to creating a key: the only time the key itself is shown. */
export interface CreatedApiKey extends Omit<ApiKey, 'revokedAt'> {
  key: string;
}

export interface NewUser {
  userName: string;
  password: string;
  roles: string[];
}

export interface NewApiKey {
  name: string;
  roles: string[];
  allowedTriggerPaths: string[];
  expiresAt: string | null;
}

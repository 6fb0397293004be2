import type { ApiKey, User } from '../types';

/** Whether a user can sign in now: disabled wins over a lockout that has not run out. */
export function userState(user: User, now = Date.now()): 'disabled' | 'locked' | 'active' {
  if (user.disabled) return 'disabled';
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now) return 'locked';
  return 'active';
}

export function keyState(key: ApiKey, now = Date.now()): 'revoked' | 'expired' | 'active' {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

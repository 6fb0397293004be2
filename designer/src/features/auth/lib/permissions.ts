import type { CurrentUser } from '../api/get-current-user';

/**
 * Which screens and actions to offer, mirroring the server's policies (Security/Policies.cs). Only a
 * convenience: the server refuses what a role may not do whatever the designer shows.
 */
export const permissions = {
  /** Users, API keys and the audit trail: the Administer policy. */
  administer: ['Admin'],
  /** Revealing masked patient data: the ViewPhi policy (its default RevealRoles). */
  viewPhi: ['PhiViewer', 'Admin'],
} as const;

export type Permission = keyof typeof permissions;

export function can(user: CurrentUser | undefined, permission: Permission): boolean {
  const allowed: readonly string[] = permissions[permission];
  return !!user?.roles.some((role) => allowed.includes(role));
}

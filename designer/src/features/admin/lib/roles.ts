/** The roles the server knows (Security/Roles.cs), with what each may do, for the role pickers. */
export const roles = [
  { name: 'Viewer', description: 'reads definitions, instances, dead letters and master data' },
  { name: 'Analyst', description: 'edits drafts and test-runs them' },
  { name: 'Publisher', description: 'publishes, retracts and reverts workflows' },
  { name: 'Operator', description: 'instances, retries, dead letters, master data' },
  { name: 'Admin', description: 'users, API keys and the audit trail; everything else too' },
  { name: 'PhiViewer', description: 'may reveal masked patient data (each reveal is audited)' },
] as const;

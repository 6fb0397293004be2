import type { AuditEntry } from '../types';

/** Where an audit entry's target is shown in the designer, and how the link reads. */
export interface AuditTargetLink {
  to: string;
  label: string;
}

const path = (value: string) => encodeURIComponent(value);

/**
 * The designer page of what an entry is about: a workflow in the editor, an instance (or a step of it), a dead letter,
 * a cost center or mapping in master data, a user or API key on the admin pages. Null when the target has no page:
 * no id (a CSV import), deleted by this very entry, or a type without one.
 */
export function auditTargetLink(entry: Pick<AuditEntry, 'action' | 'target'>): AuditTargetLink | null {
  const { type, id } = entry.target;
  if (!id || entry.action.endsWith('.deleted')) return null;
  switch (type) {
    case 'workflowDefinition':
      return { to: `/workflows/${path(id)}`, label: `Open workflow ${id} in the designer` };
    case 'workflowInstance':
      return { to: `/instances/${path(id)}`, label: `Open instance ${id}` };
    case 'journalEntry': {
      // `<instance id>/<step sequence>`: the step is on its instance's page.
      const [instanceId = '', sequence] = id.split('/');
      return instanceId ? { to: `/instances/${path(instanceId)}`, label: `Open instance ${instanceId}${sequence ? `, step ${sequence}` : ''}` } : null;
    }
    case 'deadLetter':
      return { to: `/dead-letters/${path(id)}`, label: `Open dead letter ${id}` };
    case 'costCenter':
      return { to: `/cost-centers?search=${path(id)}`, label: `Show cost center ${id} in master data` };
    case 'costCenterMapping': {
      // `<Kind>/<source code>`, the kind as the server's enum name (Department, HospitalService).
      const [kind = '', ...code] = id.split('/');
      const sourceCode = code.join('/');
      const mappingKind = kind.charAt(0).toLowerCase() + kind.slice(1);
      return { to: `/cost-centers?tab=mappings&kind=${path(mappingKind)}&search=${path(sourceCode)}`, label: `Show the mapping of ${sourceCode} in master data` };
    }
    case 'user':
    case 'session':
      return { to: `/admin?user=${path(id)}`, label: `Show user ${id} on the admin page` };
    case 'apiKey':
      return { to: `/admin?tab=api-keys&key=${path(id)}`, label: `Show API key ${id} on the admin page` };
    default:
      return null;
  }
}

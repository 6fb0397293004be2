/** A cost center of the ERP (docs/master-data.md). Codes are upper-cased by the server. */
export interface CostCenter {
  code: string;
  name: string;
  active: boolean;
  /** First day it may be booked to, `yyyy-MM-dd`; empty means open. */
  effectiveFrom?: string | null;
  /** Last day it may be booked to, `yyyy-MM-dd`, inclusive; empty means open. */
  effectiveTo?: string | null;
  erpId?: string | null;
  lastSyncedAt?: string | null;
  revision: number;
}

/** What a create or an edit sends; `revision` makes a stale edit a 409 instead of overwriting. */
export interface CostCenterInput {
  code: string;
  name: string;
  active: boolean;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  revision?: number;
}

export type MappingKind = 'department' | 'location' | 'hospitalService';

/** A clinical value (a department, a point of care, a hospital service) booked to a cost center. */
export interface CostCenterMapping {
  kind: MappingKind;
  sourceCode: string;
  costCenterCode: string;
  revision: number;
}

/** What an accepted CSV import answers. */
export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

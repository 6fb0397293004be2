import type { MappingKind } from '@/types/cost-center';

export const mappingKinds: readonly { value: MappingKind; label: string; hint: string }[] = [
  { value: 'department', label: 'Department', hint: 'a department code' },
  { value: 'location', label: 'Location', hint: 'a PV1-3 point of care' },
  { value: 'hospitalService', label: 'Hospital service', hint: 'PV1-10, HL7 table 0069' },
];

export const mappingKindLabel = (kind: MappingKind) => mappingKinds.find((k) => k.value === kind)?.label ?? kind;

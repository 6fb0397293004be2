import type { CostCenterInput } from '@/types/cost-center';

/** The master-data rules the server applies (docs/master-data.md), checked before sending so mistakes show at once. */
export function validateCostCenter(input: CostCenterInput): Record<string, string> {
  const errors: Record<string, string> = {};
  const code = input.code.trim();
  if (!code) errors.code = 'Enter a code.';
  else if (code.length > 20) errors.code = 'A code has at most 20 characters.';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  else if (/[/\\\u0000-\u001f\u007f]/.test(code)) errors.code = 'A code cannot contain /, \\ or control characters.';
  const name = input.name.trim();
  if (!name) errors.name = 'Enter a name.';
  else if (name.length > 100) errors.name = 'A name has at most 100 characters.';
  if (input.effectiveFrom && input.effectiveTo && input.effectiveTo < input.effectiveFrom) errors.effectiveTo = 'The last day comes before the first day.';
  return errors;
}

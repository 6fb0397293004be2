import { CheckboxField } from '@/components';
import { roles } from '../lib/roles';

/** The roles as a group of checkboxes, each with what it allows. */
export function RoleCheckboxes({ value, onChange, error }: { value: string[]; onChange: (roles: string[]) => void; error?: string | null }) {
  const toggle = (role: string, checked: boolean) => onChange(checked ? [...value, role] : value.filter((r) => r !== role));
  return (
    <fieldset className="role-picker field--wide" aria-describedby={error ? 'roles-error' : undefined}>
      <legend className="field__label">Roles</legend>
      {roles.map((role) => (
        <CheckboxField key={role.name} label={role.name} hint={role.description} checked={value.includes(role.name)} onChange={(e) => toggle(role.name, e.target.checked)} />
      ))}
      {error ? (
        <div id="roles-error" className="field__error" role="alert">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}

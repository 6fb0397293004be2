import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import type { CostCenter } from '@/types/cost-center';
import { useCostCenters } from '../api/get-cost-centers';

export interface CostCenterPickerProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  onBlur?: () => void;
  describedBy?: string;
  invalid?: boolean;
}

const suggestionCount = 20;

/**
 * A combobox (ARIA 1.2, list autocomplete) of the cost centers in master data, searched by code or name as one types.
 * Any text is kept: a code that is not (yet) in master data is the validator's and the run's business, not the editor's.
 */
export function CostCenterPicker({ id, value, onChange, onBlur, describedBy, invalid }: CostCenterPickerProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDeferredValue(value.trim());
  const centers = useCostCenters({ search, pageSize: suggestionCount }, { enabled: open });
  const options: CostCenter[] = open ? (centers.data?.items ?? []) : [];
  const activeOption = active >= 0 ? options[active] : undefined;

  const choose = (center: CostCenter) => {
    onChange(center.code);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter' && open && activeOption) {
      event.preventDefault();
      choose(activeOption);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only; a dialog or panel around it keeps its own Escape.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        className="input mono"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.code}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          onBlur?.();
        }}
      />
      <div className="combobox__list" hidden={!open}>
        {centers.isPending ? <p className="combobox__empty">Loading cost centers…</p> : null}
        {centers.isError ? <p className="combobox__empty">The cost centers could not be loaded.</p> : null}
        {centers.isSuccess && options.length === 0 ? <p className="combobox__empty">No cost center matches.</p> : null}
        <ul id={listId} role="listbox" aria-label="Cost centers" className="combobox__options">
          {options.map((center, index) => (
            <li
              key={center.code}
              id={`${listId}-${center.code}`}
              role="option"
              aria-selected={index === active}
              className="combobox__option"
              // Chosen on mouse down, before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(center);
              }}
            >
              <span className="mono">{center.code}</span> <span>{center.name}</span>
              {center.active ? null : <span className="muted"> (inactive)</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

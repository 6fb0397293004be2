import { useMemo, useState, type ReactNode } from 'react';
import { ActivityIcon } from '@/components';
import { categoryColor, groupDescriptors } from '@/features/activities';
import type { ActivityDescriptor } from '@/types/activity';

export const activityDragType = 'application/x-healthflows-activity';

export interface PaletteProps {
  descriptors: readonly ActivityDescriptor[];
  /** Inserts the activity after the selected node (or alone when nothing is selected). */
  onInsert: (typeName: string) => void;
  insertHint: string;
  /** Chooses the outcome an inserted activity is connected from (shown while a node is selected). */
  insertControl?: ReactNode;
}

/** Every activity the server offers, grouped by category; drag one onto the canvas, or press Enter to insert it. */
export function Palette({ descriptors, onInsert, insertHint, insertControl }: PaletteProps) {
  const [search, setSearch] = useState('');
  const groups = useMemo(() => groupDescriptors([...descriptors], search), [descriptors, search]);

  return (
    <section className="palette" aria-labelledby="palette-title">
      <h2 id="palette-title" className="panel-title">
        Activities
      </h2>
      <label className="visually-hidden" htmlFor="palette-search">
        Search activities
      </label>
      <input
        id="palette-search"
        className="input"
        type="search"
        placeholder="Search activities"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <p className="field__hint" id="palette-hint">
        Drag onto the canvas, or choose one to insert {insertHint}.
      </p>
      {insertControl}
      {groups.length === 0 ? <p className="muted">No activity matches “{search}”.</p> : null}
      {groups.map((group, index) => (
        <div key={group.category} className="palette__group" role="group" aria-labelledby={`palette-cat-${index}`}>
          <h3 id={`palette-cat-${index}`} className="palette__category" style={{ '--node-color': categoryColor(group.category) } as React.CSSProperties}>
            {group.category}
          </h3>
          <ul className="palette__items">
            {group.descriptors.map((descriptor) => (
              <li key={descriptor.typeName}>
                <button
                  type="button"
                  className="palette__item"
                  draggable
                  aria-describedby="palette-hint"
                  data-testid={`palette-${descriptor.typeName}`}
                  style={{ '--node-color': categoryColor(descriptor.category) } as React.CSSProperties}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(activityDragType, descriptor.typeName);
                    event.dataTransfer.setData('text/plain', descriptor.typeName);
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => onInsert(descriptor.typeName)}
                >
                  <span className="palette__name">
                    <ActivityIcon name={descriptor.icon} size={14} /> {descriptor.displayName}
                  </span>
                  {descriptor.description ? <span className="palette__description">{descriptor.description}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

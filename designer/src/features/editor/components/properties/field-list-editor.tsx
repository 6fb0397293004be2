import { Button } from '@/components';

export interface FieldColumn<T> {
  key: string;
  label: string;
  render: (item: T, index: number, inputId: string) => React.ReactNode;
}

/** A small table of rows (variables, inputs, outputs) with add and remove. */
export function FieldListEditor<T>({ title, items, columns, onAdd, onRemove, itemName }: {
  title: string;
  items: readonly T[];
  columns: FieldColumn<T>[];
  onAdd: () => void;
  onRemove: (index: number) => void;
  itemName: (item: T) => string;
}) {
  const slug = title.toLowerCase().replace(/\W+/g, '-');
  return (
    <section className="stack" aria-labelledby={`${slug}-title`}>
      <div className="row">
        <h3 id={`${slug}-title`}>{title}</h3>
        <span className="spacer" />
        <Button size="sm" onClick={onAdd}>
          Add
        </Button>
      </div>
      {items.length === 0 ? <p className="muted">None.</p> : null}
      {items.map((item, index) => (
        <fieldset key={index} className="field-row">
          <legend className="visually-hidden">
            {title}: {itemName(item) || `row ${index + 1}`}
          </legend>
          {columns.map((column) => {
            const inputId = `${slug}-${index}-${column.key}`;
            return (
              <div key={column.key} className="field-row__cell">
                <label htmlFor={inputId} className="field__label">
                  {column.label}
                </label>
                {column.render(item, index, inputId)}
              </div>
            );
          })}
          <Button size="sm" variant="ghost" aria-label={`Remove ${itemName(item) || `row ${index + 1}`}`} onClick={() => onRemove(index)}>
            ✕
          </Button>
        </fieldset>
      ))}
    </section>
  );
}

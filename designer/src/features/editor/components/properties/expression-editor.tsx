import { lazy, Suspense } from 'react';
import type { MonacoExpressionEditorProps } from './monaco-expression-editor';

const MonacoExpressionEditor = lazy(() => import('./monaco-expression-editor'));

/** A JavaScript expression field; a plain text area stands in while Monaco loads. */
export function ExpressionEditor(props: MonacoExpressionEditorProps) {
  return (
    <Suspense
      fallback={
        <textarea
          id={props.id}
          className="input input--multiline mono"
          aria-label={props.label}
          value={props.value}
          rows={4}
          onChange={(e) => props.onChange(e.target.value)}
          onBlur={props.onBlur}
        />
      }
    >
      <MonacoExpressionEditor {...props} />
    </Suspense>
  );
}

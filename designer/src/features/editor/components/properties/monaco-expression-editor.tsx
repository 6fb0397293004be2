import Editor from '@monaco-editor/react';
import { useEffect } from 'react';
import { useTheme } from '@/components/theme';
import { setExpressionContext } from './monaco-setup';

export interface MonacoExpressionEditorProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  declarations: string;
  path: string;
}

/** Monaco, loaded only when an expression is first edited. */
export default function MonacoExpressionEditor({ id, label, value, onChange, onBlur, declarations, path }: MonacoExpressionEditorProps) {
  const theme = useTheme();
  useEffect(() => setExpressionContext(declarations), [declarations]);
  return (
    // `nokey` keeps React Flow's keyboard shortcuts away from what is typed here.
    <div className="expression-editor nokey" id={id} data-testid="monaco-expression">
      <Editor
        height="7.5rem"
        language="javascript"
        path={path}
        value={value}
        theme={theme === 'dark' ? 'vs-dark' : 'light'}
        onChange={(next) => onChange(next ?? '')}
        onMount={(editor) => editor.onDidBlurEditorText(() => onBlur?.())}
        options={{
          ariaLabel: label,
          minimap: { enabled: false },
          lineNumbers: 'off',
          scrollBeyondLastLine: false,
          wordWrap: 'on',
          fontSize: 13,
          tabSize: 2,
          automaticLayout: true,
          fixedOverflowWidgets: true,
          accessibilitySupport: 'auto',
          // Tab moves focus out of the editor, so keyboard users are never trapped (WCAG 2.1.2).
          tabFocusMode: true,
        }}
      />
    </div>
  );
}

// edcore.main is the editor with its contributions but without the many languages of editor.main.
declare module 'monaco-editor/esm/vs/editor/edcore.main.js' {
  export * from 'monaco-editor/esm/vs/editor/editor.api';
}
declare module 'monaco-editor/esm/vs/basic-languages/javascript/javascript.contribution.js';

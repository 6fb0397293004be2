import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/javascript/javascript.contribution.js';
import * as typescriptContribution from 'monaco-editor/esm/vs/language/typescript/monaco.contribution.js';
import type { typescript as TypescriptApi } from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import TsWorker from 'monaco-editor/esm/vs/language/typescript/ts.worker.js?worker';

// Monaco comes from this bundle, never from a CDN: hospital networks are closed.
self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()),
};
loader.config({ monaco });

// The contribution module ships without types; its API is the one `monaco-editor` declares.
const { javascriptDefaults } = typescriptContribution as unknown as typeof TypescriptApi;

javascriptDefaults.setCompilerOptions({ target: 99, allowNonTsExtensions: true, noLib: false, lib: ['es2023'] });

let contextLib: { dispose: () => void } | null = null;

/** Replaces the declarations of `input`, `variables`, `outputs` and `instance` that completion offers. */
export function setExpressionContext(declarations: string): void {
  contextLib?.dispose();
  contextLib = javascriptDefaults.addExtraLib(declarations, 'file:///healthflows-expression-context.d.ts');
}

'use client';

/**
 * Monaco, from this site's own bundle (no CDN): loaded only by the triggers
 * panel through next/dynamic with ssr: false. The editor and TypeScript
 * workers are bundled files (new URL(…, import.meta.url)), so TypeScript
 * completions and inline errors work offline and under the page's CSP.
 */
import Editor, { loader, type OnMount } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import { useEffect, useState } from 'react';
import { TRIGGER_TYPES_DTS } from './triggerTypes';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

let configured = false;

function configure(): void {
  if (configured) return;
  configured = true;
  window.MonacoEnvironment = {
    getWorker(_id: string, label: string) {
      if (label === 'typescript' || label === 'javascript') {
        return new Worker(new URL('monaco-editor/language/typescript/ts.worker.js', import.meta.url), { type: 'module' });
      }
      return new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), { type: 'module' });
    },
  };
  loader.config({ monaco });
  const ts = monaco.typescript;
  ts.typescriptDefaults.setCompilerOptions({
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    strict: true,
    noEmit: true,
    lib: ['es2020'],
    allowNonTsExtensions: true,
  });
  ts.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  ts.typescriptDefaults.addExtraLib(TRIGGER_TYPES_DTS + '\ndeclare var console: { log(...a: unknown[]): void; info(...a: unknown[]): void; warn(...a: unknown[]): void; error(...a: unknown[]): void; debug(...a: unknown[]): void };\n', 'file:///cognito-triggers.d.ts');
}

export interface CodeEditorProps {
  /** Model path: one model per trigger, so each keeps its own undo history. */
  path: string;
  value: string;
  onChange(value: string): void;
  /** Called with the number of errors Monaco reports for this model. */
  onProblems?(count: number, first?: string): void;
  label: string;
}

/** A TypeScript editor for one trigger's handler. */
export default function CodeEditor({ path, value, onChange, onProblems, label }: CodeEditorProps) {
  // Rendered in the browser only (next/dynamic with ssr: false), so window is there.
  const [dark, setDark] = useState(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const on = (e: MediaQueryListEvent) => setDark(e.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  configure();

  const onMount: OnMount = (editor, m) => {
    const report = () => {
      const model = editor.getModel();
      if (!model) return;
      const markers = m.editor.getModelMarkers({ resource: model.uri }).filter((x: { severity: number }) => x.severity === m.MarkerSeverity.Error);
      onProblems?.(markers.length, markers[0] ? `Line ${markers[0].startLineNumber}: ${markers[0].message}` : undefined);
    };
    m.editor.onDidChangeMarkers(report);
    editor.onDidChangeModel(report);
    report();
  };

  return (
    <Editor
      height="22rem"
      path={path}
      defaultLanguage="typescript"
      value={value}
      theme={dark ? 'vs-dark' : 'vs'}
      onChange={(v) => onChange(v ?? '')}
      onMount={onMount}
      options={{
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        tabSize: 2,
        automaticLayout: true,
        ariaLabel: label,
        fixedOverflowWidgets: true,
      }}
      loading={<p className="p-3 text-sm text-muted">Loading the editor…</p>}
    />
  );
}

'use client';

/**
 * The code lab's Monaco editor: the triggers' editor component (Monaco and
 * its TypeScript worker from our own bundle), plus the lab's declarations
 * (labTypes.ts) so `import { SignUpCommand } from '@aws-sdk/…'` and
 * `POOL_ID` complete and type-check. Loaded only through next/dynamic.
 */
import * as monaco from 'monaco-editor';
import { useEffect } from 'react';
import CodeEditor from '../_triggers/CodeEditor';
import { CODE_LAB_DTS, CODE_LAB_GLOBALS_DTS } from './labTypes';

let added = false;

function addLabTypes(): void {
  if (added) return;
  added = true;
  monaco.typescript.typescriptDefaults.addExtraLib(CODE_LAB_DTS + CODE_LAB_GLOBALS_DTS, 'file:///code-lab.d.ts');
}

/**
 * Lab code always runs as a module (top-level await), even a snippet without
 * imports: tell the checker so. Called after CodeEditor has set its compiler
 * options (they are shared with the triggers' editor, whose handlers are
 * modules anyway: they export `handler`).
 */
function forceModules(): void {
  const defaults = monaco.typescript.typescriptDefaults;
  const options = defaults.getCompilerOptions();
  if (options.moduleDetection !== 3) defaults.setCompilerOptions({ ...options, moduleDetection: 3 /* ModuleDetectionKind.Force */ });
}

export interface LabEditorProps {
  value: string;
  onChange(value: string): void;
  onProblems?(count: number, first?: string): void;
  label: string;
}

/** The editor for the lab's code (one model, `lab.ts`). */
export default function LabEditor(props: LabEditorProps) {
  addLabTypes();
  // Runs after the child CodeEditor's first render, which configures Monaco.
  useEffect(forceModules, []);
  return <CodeEditor path="file:///code-lab/lab.ts" {...props} />;
}

/**
 * Turns the learner's lab code (TypeScript or JavaScript, an ES module with
 * `import { … } from '@aws-sdk/…'` and top-level `await`) into a CommonJS
 * body the worker runs inside an async function, with a `require` that only
 * knows the lab's packages. TypeScript's `transpileModule` strips the types
 * and rewrites `import`, including `import(…)`, into `require` calls; only
 * syntax is checked here (type errors are the editor's job).
 */
import type { TypeScriptCompiler } from '@/simulator/triggers/transpile';

/** The file name errors point at. */
export const LAB_FILE_NAME = 'lab.ts';

export type LabTranspileResult = { ok: true; script: string } | { ok: false; error: { name: 'SyntaxError'; message: string; line?: number; column?: number } };

/** The compiler plus the option enum this helper needs. */
export type LabCompiler = TypeScriptCompiler;

/** Transpiles lab code to a CommonJS body; a syntax error comes back as `{ ok: false }` with its position. */
export function transpileLab(ts: LabCompiler, source: string): LabTranspileResult {
  const out = ts.transpileModule(source, {
    fileName: LAB_FILE_NAME,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      allowJs: true,
      sourceMap: false,
      removeComments: false,
    },
  });
  const first = out.diagnostics?.[0];
  if (!first) return { ok: true, script: out.outputText };
  const text = ts.flattenDiagnosticMessageText(first.messageText, '\n');
  if (first.file && first.start !== undefined) {
    const { line, character } = first.file.getLineAndCharacterOfPosition(first.start);
    return { ok: false, error: { name: 'SyntaxError', message: `${text} (${LAB_FILE_NAME}:${line + 1}:${character + 1})`, line: line + 1, column: character + 1 } };
  }
  return { ok: false, error: { name: 'SyntaxError', message: text } };
}

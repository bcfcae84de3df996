/**
 * Turns a learner's handler module into a script a sandbox can evaluate.
 *
 * Handlers are written as ES modules (`export const handler = …`), in
 * JavaScript or TypeScript. Both go through TypeScript's `transpileModule`
 * (types stripped, `export` turned into CommonJS `exports.handler = …`), so
 * the sandbox only needs a `(exports, module) => { … }` wrapper.
 *
 * The TypeScript compiler is injected, not imported: the engine bundle must
 * not carry its several megabytes. The Node runtime passes the `typescript`
 * package; the browser can pass the same package loaded on demand in its
 * worker (or a compiler the editor already loaded). Only syntax is checked
 * here; type errors are the editor's job.
 */
import type * as TS from 'typescript';
import type { LambdaLanguage } from './runtime';

/** The parts of the TypeScript compiler API this helper uses. */
export type TypeScriptCompiler = Pick<typeof TS, 'transpileModule' | 'flattenDiagnosticMessageText' | 'ModuleKind' | 'ScriptTarget'>;

export type TranspileResult =
  | { ok: true; script: string }
  | { ok: false; error: { message: string; line?: number; column?: number } };

/** The file name stack traces show, as in a Lambda deployment package. */
export const handlerFileName = (language: LambdaLanguage): string => (language === 'typescript' ? 'index.ts' : 'index.mjs');

/**
 * Transpiles handler source to a CommonJS script body. A syntax error comes
 * back as `{ ok: false }` with Lambda's style of message
 * ("SyntaxError: …" plus the position), never as a throw.
 */
export function transpileHandler(ts: TypeScriptCompiler, source: string, language: LambdaLanguage): TranspileResult {
  const fileName = language === 'typescript' ? 'index.ts' : 'index.js';
  const out = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      allowJs: true,
      sourceMap: false,
      inlineSourceMap: false,
      removeComments: false,
    },
  });
  const first = out.diagnostics?.[0];
  if (first) {
    const text = ts.flattenDiagnosticMessageText(first.messageText, '\n');
    if (first.file && first.start !== undefined) {
      const { line, character } = first.file.getLineAndCharacterOfPosition(first.start);
      return { ok: false, error: { message: `SyntaxError: ${text} (${handlerFileName(language)}:${line + 1}:${character + 1})`, line: line + 1, column: character + 1 } };
    }
    return { ok: false, error: { message: `SyntaxError: ${text}` } };
  }
  return { ok: true, script: out.outputText };
}

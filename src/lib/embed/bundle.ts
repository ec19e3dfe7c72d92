// Bundles a browser script at build time into one self-contained file for /embed/.
// IIFE format: no globals, and it runs both as a classic script (cross-origin and
// sandboxed frames need no CORS for those) and as a module.
import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * `contents` is TypeScript resolved from src/; its imports are inlined. Each `constants`
 * name is replaced by its string value where the code uses it (a `declare const` there),
 * so that it folds into the surrounding text instead of costing a variable.
 */
export async function bundleScript(contents: string, constants: Record<string, string> = {}): Promise<Response> {
  const result = await build({
    stdin: { contents, resolveDir: join(process.cwd(), 'src'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    define: Object.fromEntries(Object.entries(constants).map(([name, value]) => [name, JSON.stringify(value)])),
    write: false,
  });
  return new Response(result.outputFiles[0]?.text ?? '', { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}

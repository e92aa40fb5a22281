// Generates src/types/openapi.ts from docs/api/openapi.yaml (openapi-typescript), so the client's
// request and response types come from the same document the HTTP tests check against the server.
//   node scripts/types.mjs           write src/types/openapi.ts      (npm run types)
//   node scripts/types.mjs --check   exit 1 when the file is stale   (npm run types:check)
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const spec = new URL('../../docs/api/openapi.yaml', import.meta.url);
const target = new URL('../src/types/openapi.ts', import.meta.url);

const HEADER = `// GENERATED from docs/api/openapi.yaml by openapi-typescript: do not edit by hand.
// Regenerate with \`npm run types\` (in web/); \`npm run types:check\` fails when this file is stale.
// Use it through the named types in src/types/api.ts.

`;

const generated = HEADER + astToString(await openapiTS(spec, { silent: true }));
const path = fileURLToPath(target);

if (process.argv.includes('--check')) {
  const current = await readFile(path, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error(
      `web/src/types/openapi.ts is stale: it no longer matches docs/api/openapi.yaml.\n` +
        `Run \`npm run types\` in web/ and commit the result.`,
    );
    process.exit(1);
  }
  console.log('web/src/types/openapi.ts matches docs/api/openapi.yaml');
} else {
  await writeFile(path, generated);
  console.log(`wrote ${path}`);
}

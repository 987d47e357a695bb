// Generates src/lib/api/schema.d.ts from the server's OpenAPI document (docs/openapi.json, written
// by the server build). --write updates the file; --check fails when the committed file drifted.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const documentPath = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url));
const typesPath = fileURLToPath(new URL('../src/lib/api/schema.d.ts', import.meta.url));
const mode = process.argv[2];
if (mode !== '--write' && mode !== '--check') {
    console.error('usage: api-types.mjs --write | --check');
    process.exit(2);
}

const document = JSON.parse(await readFile(documentPath, 'utf8'));
const header = '// Generated from docs/openapi.json by `npm run api:gen`. Do not edit.\n\n';
const generated = header + astToString(await openapiTS(document, { alphabetize: true }));

if (mode === '--write') {
    await writeFile(typesPath, generated);
    console.log(`wrote ${typesPath}`);
} else {
    const committed = await readFile(typesPath, 'utf8').catch(() => '');
    if (committed !== generated) {
        console.error(
            'The API types drifted from docs/openapi.json. Run `npm run api:gen` in web/ and commit src/lib/api/schema.d.ts.',
        );
        process.exit(1);
    }
    console.log('API types match docs/openapi.json.');
}

// Fails when a translation key (or an interpolation variable) exists in one language and not the
// other. Plural forms are compared by their base key, since languages have different plural sets.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../src/locales/', import.meta.url));
const languages = ['en', 'fr'];
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(value, prefix, out) {
    for (const [key, child] of Object.entries(value)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (typeof child === 'string') out.set(path.replace(pluralSuffix, ''), variables(child, out.get(path)));
        else if (child && typeof child === 'object') flatten(child, path, out);
        else throw new Error(`${path}: only strings and objects are allowed`);
    }
    return out;
}

function variables(text, previous) {
    const found = new Set(previous ?? []);
    for (const m of text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)) found.add(m[1]);
    found.delete('count');
    return found;
}

const problems = [];
const namespaces = new Map();
for (const lang of languages) {
    for (const file of (await readdir(root + lang)).filter((f) => f.endsWith('.json'))) {
        const ns = file.slice(0, -5);
        const keys = flatten(JSON.parse(await readFile(`${root}${lang}/${file}`, 'utf8')), '', new Map());
        if (!namespaces.has(ns)) namespaces.set(ns, new Map());
        namespaces.get(ns).set(lang, keys);
    }
}

for (const [ns, byLang] of namespaces) {
    for (const lang of languages) {
        if (!byLang.has(lang)) problems.push(`${lang}/${ns}.json is missing`);
    }
    for (const lang of languages) {
        const keys = byLang.get(lang);
        if (!keys) continue;
        for (const other of languages.filter((l) => l !== lang)) {
            const otherKeys = byLang.get(other);
            if (!otherKeys) continue;
            for (const [key, vars] of keys) {
                if (!otherKeys.has(key)) {
                    problems.push(`${ns}: "${key}" is in ${lang} but missing in ${other}`);
                    continue;
                }
                for (const v of vars) {
                    if (!otherKeys.get(key).has(v))
                        problems.push(`${ns}: "${key}" uses {{${v}}} in ${lang} but not in ${other}`);
                }
            }
        }
    }
}

if (problems.length > 0) {
    console.error(`Translations are incomplete (${problems.length}):\n  ${[...new Set(problems)].join('\n  ')}`);
    process.exit(1);
}
console.log(`Translations complete: ${namespaces.size} namespaces in ${languages.join(', ')}.`);

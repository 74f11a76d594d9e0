// `npm run lock:complete`, after any `npm install` that changes dependencies.
// The npm registry mirror these machines use lacks some platform builds (e.g. @pagefind/darwin-arm64
// at the version we use), so npm leaves them out of package-lock.json, and `npm ci` then refuses
// the lockfile as "out of sync". This adds a stub entry for each missing optional dependency with
// an exact version: npm ci accepts the lockfile, and on a platform that needs the package it is
// fetched as usual (an optional package that cannot be fetched is skipped, as for any optional dep).
// Plain JavaScript so any Node can run it.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) {
      console.warn(`complete-lockfile: ${name}@${spec} (optional, from ${path}) is missing and not an exact version; left out.`);
      continue;
    }
    packages[`node_modules/${name}`] = { version: spec, ...(entry.dev ? { dev: true } : {}), optional: true };
    added++;
  }
}

if (added > 0) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`complete-lockfile: ${added} stub entr${added === 1 ? 'y' : 'ies'} added.`);

// `evidence-site refs verify [--fill] [--refresh]`: looks up every DOI at Crossref and every PMID at
// PubMed, reports where the bibliography disagrees, optionally fills what is missing, and writes the
// lock the (offline) build reads. Nothing is written until every lookup has answered.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { isoDate, today } from '../lib/dates.ts';
import { formatBuildError } from '../lib/build-error.ts';
import { loadBibliography, parseBibliography, type Bibliography, type CslEntry } from '../lib/bibliography.ts';
import { contentPaths } from '../lib/content-paths.ts';
import { formatLocation } from '../lib/source-error.ts';
import { parseCrossrefWork } from '../references/crossref.ts';
import { parseEsearchIds, parsePubmedSummary } from '../references/pubmed.ts';
import { compareWithRegistry, type Mismatch } from '../references/compare.ts';
import { LOCK_VERSION, lockPathFor, lockRecordFrom, serializeLock, type LockRecord, type ReferenceLock } from '../references/lock.ts';
import { describeAdditions, fillBibtex, fillCslJson, missingFields } from '../references/fill.ts';
import type { FetchedWork } from '../references/work.ts';
import { RegistryClient, UnreachableError } from './refs-client.ts';
import { loadSiteConfig } from './site-config-file.ts';

const USAGE = `Usage: evidence-site refs verify [--fill] [--refresh]

  verify     look up every DOI at Crossref and every PMID at PubMed, report where the bibliography
             differs (title, year, first author, journal), and write references.lock.json
  --fill     also add what the bibliography lacks (authors, volume, pages, DOI, PMID), in its own format
  --refresh  ask the services again instead of using answers cached in the last day

Needs the network. Set references.contact in site.config.ts (or SITE_REFERENCES_CONTACT) so the
services know whom to contact.`;

/** What one reference's lookups found. */
interface Finding {
  entry: CslEntry;
  crossref?: FetchedWork;
  pubmed?: FetchedWork;
  notFound: string[];
}

/** Runs `refs <subcommand>` in the site folder `root`; returns the exit code. */
export async function refsCommand(args: readonly string[], root: string = process.cwd(), env: Record<string, string | undefined> = process.env): Promise<number> {
  const [subcommand, ...flags] = args;
  const unknown = flags.filter((flag) => flag !== '--fill' && flag !== '--refresh');
  if (subcommand !== 'verify' || unknown.length > 0) {
    console.error(subcommand === 'verify' ? `Unknown option ${unknown[0]}.\n\n${USAGE}` : USAGE);
    return 1;
  }
  const fill = flags.includes('--fill');
  let bibliography: Bibliography;
  let contact: string | undefined;
  try {
    const site = await loadSiteConfig(root);
    contact = site.references.contact;
    bibliography = loadBibliography(contentPaths(site.contentDir, root).referenceCandidates);
  } catch (error) {
    console.error(formatBuildError(error));
    return 1;
  }
  if (!existsSync(bibliography.file)) {
    console.error(`No bibliography (references.json or references.bib) in the content folder: nothing to verify.`);
    return 1;
  }
  const client = new RegistryClient({
    contact,
    version: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
    cacheDir: resolve(root, env['EVIDENCE_REFS_CACHE_DIR'] ?? 'node_modules/.cache/evidence-site/refs'),
    cacheMaxAgeMs: flags.includes('--refresh') ? 0 : 24 * 60 * 60 * 1000,
    timeoutMs: Number(env['EVIDENCE_REFS_TIMEOUT_MS'] ?? 15_000),
    crossrefBase: env['CROSSREF_API_URL'] ?? 'https://api.crossref.org',
    ncbiBase: env['NCBI_EUTILS_URL'] ?? 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
  });
  if (!contact) console.log('Note: no references.contact in site.config.ts; Crossref and NCBI ask clients for a contact address.\n');

  let findings: Finding[];
  try {
    findings = await lookUp(bibliography, client);
  } catch (error) {
    if (error instanceof UnreachableError) {
      console.error(`${error.message} (${error.detail}).`);
      return 1;
    }
    throw error;
  }
  return writeResults(bibliography, findings, fill, client);
}

async function lookUp(bibliography: Bibliography, client: RegistryClient): Promise<Finding[]> {
  const findings: Finding[] = [...bibliography.entries.values()].filter((entry) => entry.DOI || entry.PMID).map((entry) => ({ entry, notFound: [] }));
  for (const finding of findings) if (finding.entry.DOI) await askCrossref(client, finding, finding.entry.DOI.trim());
  // A DOI without a PMID: ask PubMed for the PMID, so its publication types and status count too.
  const pmids = new Map<Finding, string>();
  for (const finding of findings) {
    const { DOI, PMID } = finding.entry;
    if (PMID) pmids.set(finding, PMID.trim());
    else if (DOI) {
      const found = parseEsearchIds((await client.pubmedSearchDoi(DOI.trim())).body);
      if (found.length === 1) pmids.set(finding, found[0]!);
    }
  }
  const wanted = [...new Set(pmids.values())];
  const summaries = new Map<string, FetchedWork | undefined>();
  for (let start = 0; start < wanted.length; start += 200) {
    const batch = wanted.slice(start, start + 200);
    const answer = await client.pubmedSummaries(batch);
    for (const pmid of batch) summaries.set(pmid, parsePubmedSummary(answer.body, pmid));
  }
  for (const [finding, pmid] of pmids) {
    const work = summaries.get(pmid);
    if (work) finding.pubmed = work;
    else if (finding.entry.PMID) finding.notFound.push(`PMID ${pmid} is not in PubMed`);
  }
  // A PMID alone: PubMed's record names the DOI, whose Crossref record carries retractions and corrections.
  for (const finding of findings) if (!finding.entry.DOI && finding.pubmed?.doi) await askCrossref(client, finding, finding.pubmed.doi);
  return findings;
}

async function askCrossref(client: RegistryClient, finding: Finding, doi: string): Promise<void> {
  const answer = await client.crossrefWork(doi);
  if (answer.status === 404) finding.notFound.push(`DOI ${doi} is not registered at Crossref`);
  else if (answer.status === 200) finding.crossref = parseCrossrefWork(answer.body);
  else finding.notFound.push(`Crossref answered ${answer.status} for DOI ${doi}`);
}

function writeResults(bibliography: Bibliography, findings: Finding[], fill: boolean, client: RegistryClient): number {
  const fetched = isoDate(today());
  const where = (key: string) => formatLocation({ file: bibliography.file, line: bibliography.lineOf(key) });
  const mismatches: Mismatch[] = [];
  const lock: ReferenceLock = { version: LOCK_VERSION, references: {} };
  const isBibtex = bibliography.file.endsWith('.bib');
  let text = readFileSync(bibliography.file, 'utf8');
  const changes: string[] = [];
  const suggestions: string[] = [];
  const flagged: string[] = [];
  for (const finding of findings) {
    const { entry } = finding;
    for (const problem of finding.notFound) console.log(`${where(entry.id)}: "${entry.id}": ${problem}.`);
    if (finding.crossref) mismatches.push(...compareWithRegistry(entry.id, entry, finding.crossref, 'Crossref'));
    if (finding.pubmed) mismatches.push(...compareWithRegistry(entry.id, entry, finding.pubmed, 'PubMed'));
    if (!finding.crossref && !finding.pubmed) continue;
    const found = { doi: entry.DOI ?? finding.crossref?.doi ?? finding.pubmed?.doi, pmid: entry.PMID ?? finding.pubmed?.pmid };
    const record: LockRecord = lockRecordFrom(definedOnly(found), fetched, finding.crossref, finding.pubmed);
    const additions = missingFields(entry, record);
    const described = describeAdditions(additions);
    if (described && fill) {
      text = isBibtex ? fillBibtex(text, entry.id, additions) : fillCslJson(text, entry.id, additions);
      changes.push(`${where(entry.id)}: "${entry.id}": added ${described}.`);
    } else if (described) {
      suggestions.push(`${where(entry.id)}: "${entry.id}": could add ${described}.`);
    }
    // The lock vouches for the identifiers the entry carries (after filling), so the build can tell when they change.
    lock.references[entry.id] = lockRecordFrom(definedOnly({ doi: fill ? found.doi : entry.DOI, pmid: fill ? found.pmid : entry.PMID }), fetched, finding.crossref, finding.pubmed);
    for (const notice of record.noticeFor ?? []) {
      flagged.push(`${where(entry.id)}: "${entry.id}" is itself a ${notice.label.replace(/_/g, ' ')} notice${notice.doi ? ` for ${notice.doi}` : ''}: cite the work it concerns, or say in the text that you cite the notice.`);
    }
    if (record.status !== 'ok') {
      const notices = record.notices.map((notice) => `${notice.label}${notice.doi ? ` ${notice.doi}` : ''}${notice.date ? ` (${notice.date})` : ''}, from ${notice.source}`).join('; ');
      flagged.push(`${where(entry.id)}: "${entry.id}" is ${record.status.replace(/-/g, ' ')}: ${notices}.`);
    }
  }
  for (const mismatch of mismatches) {
    console.log(`${where(mismatch.key)}: "${mismatch.key}": ${mismatch.field} differs from ${mismatch.registry}.\n  bibliography: ${mismatch.ours}\n  ${mismatch.registry.padEnd(12)}: ${mismatch.theirs}`);
  }
  for (const line of flagged) console.log(line);
  if (fill) {
    // Never leave a bibliography the build cannot read.
    parseBibliography(bibliography.file, text);
    if (changes.length > 0) writeFileSync(bibliography.file, text);
  }
  const lockFile = lockPathFor(bibliography.file);
  writeFileSync(lockFile, serializeLock(lock));
  for (const line of changes) console.log(line);
  for (const line of suggestions) console.log(line);
  const notFound = findings.filter((finding) => finding.notFound.length > 0).length;
  console.log(
    `\nChecked ${findings.length} reference(s) with a DOI or PMID (${client.requests.Crossref} request(s) to Crossref, ${client.requests.NCBI} to NCBI, the rest from the cache): ` +
      `${mismatches.length} mismatch(es), ${notFound} not found, ${flagged.length} retracted, corrected, under an expression of concern or a notice itself.` +
      `${fill ? ` Filled ${changes.length} entr${changes.length === 1 ? 'y' : 'ies'} in ${basename(bibliography.file)}.` : suggestions.length ? ' Run with --fill to add what is missing.' : ''}` +
      `\nWrote ${formatLocation({ file: lockFile })}.`,
  );
  return mismatches.length > 0 || notFound > 0 ? 1 : 0;
}

/** The identifiers that are set, trimmed. */
function definedOnly(identifiers: { doi: string | undefined; pmid: string | undefined }): { doi?: string; pmid?: string } {
  return { ...(identifiers.doi ? { doi: identifiers.doi.trim() } : {}), ...(identifiers.pmid ? { pmid: identifiers.pmid.trim() } : {}) };
}

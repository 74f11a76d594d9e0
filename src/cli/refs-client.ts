// The network side of `evidence-site refs verify`: a polite client for Crossref and NCBI E-utilities,
// with a User-Agent naming a contact, one request at a time per service with a minimum gap (NCBI
// allows three a second without an API key), a timeout, and an on-disk cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** A service the command talks to, named as the messages name it. */
export type ServiceName = 'Crossref' | 'NCBI';

/** The service did not answer (network down, timeout, overload): the command stops and changes nothing. */
export class UnreachableError extends Error {
  readonly service: ServiceName;
  readonly detail: string;

  constructor(service: ServiceName, detail: string) {
    super(`could not reach ${service}; nothing changed`);
    this.service = service;
    this.detail = detail;
  }
}

/** An answer from a service: its HTTP status and JSON body (undefined for a 404 or a non-JSON body). */
export interface ServiceAnswer {
  status: number;
  body: unknown;
}

/** Options of the registry client. */
export interface RegistryClientOptions {
  /** Email address for the User-Agent and NCBI's `email` parameter. */
  contact?: string | undefined;
  /** Engine version for the User-Agent. */
  version: string;
  /** Folder of cached answers. */
  cacheDir: string;
  /** How long a cached answer stays good. */
  cacheMaxAgeMs: number;
  timeoutMs: number;
  crossrefBase: string;
  ncbiBase: string;
}

/** Minimum gap between two requests to one service. */
const GAP_MS: Record<ServiceName, number> = { Crossref: 200, NCBI: 340 };

/** Asks Crossref and NCBI politely, one request at a time, answering repeats from the cache. */
export class RegistryClient {
  readonly #options: RegistryClientOptions;
  readonly #lastRequest: Record<ServiceName, number> = { Crossref: 0, NCBI: 0 };
  /** Requests that went to the network, by service (cache hits excluded). */
  readonly requests: Record<ServiceName, number> = { Crossref: 0, NCBI: 0 };

  constructor(options: RegistryClientOptions) {
    this.#options = options;
  }

  /** Crossref's record of a DOI (`/works/{doi}`); status 404 when Crossref does not know it. */
  crossrefWork(doi: string): Promise<ServiceAnswer> {
    const url = new URL(`${this.#options.crossrefBase.replace(/\/$/, '')}/works/${encodeURIComponent(doi)}`);
    if (this.#options.contact) url.searchParams.set('mailto', this.#options.contact);
    return this.#get('Crossref', url);
  }

  /** PubMed summaries of up to 200 PMIDs in one request (`esummary.fcgi`). */
  pubmedSummaries(pmids: readonly string[]): Promise<ServiceAnswer> {
    return this.#get('NCBI', this.#eutils('esummary.fcgi', { db: 'pubmed', id: pmids.join(','), retmode: 'json' }));
  }

  /** PubMed's search for a DOI (`esearch.fcgi`, term `<doi>[doi]`), to find a missing PMID. */
  pubmedSearchDoi(doi: string): Promise<ServiceAnswer> {
    return this.#get('NCBI', this.#eutils('esearch.fcgi', { db: 'pubmed', term: `${doi}[doi]`, retmode: 'json' }));
  }

  #eutils(tool: string, params: Record<string, string>): URL {
    const url = new URL(`${this.#options.ncbiBase.replace(/\/$/, '')}/${tool}`);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    // NCBI asks every E-utilities client to name itself and a contact.
    url.searchParams.set('tool', 'evidence-site');
    if (this.#options.contact) url.searchParams.set('email', this.#options.contact);
    return url;
  }

  async #get(service: ServiceName, url: URL): Promise<ServiceAnswer> {
    const cacheFile = join(this.#options.cacheDir, `${createHash('sha256').update(url.href).digest('hex').slice(0, 24)}.json`);
    if (existsSync(cacheFile)) {
      const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { at: number; answer: ServiceAnswer };
      if (Date.now() - cached.at < this.#options.cacheMaxAgeMs) return cached.answer;
    }
    const wait = this.#lastRequest[service] + GAP_MS[service] - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.#lastRequest[service] = Date.now();
    this.requests[service]++;
    const contact = this.#options.contact ? ` (mailto:${this.#options.contact})` : '';
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { 'User-Agent': `evidence-site/${this.#options.version}${contact}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(this.#options.timeoutMs),
      });
    } catch (error) {
      const name = (error as { name?: string }).name;
      const detail = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${this.#options.timeoutMs / 1000} s` : describeNetworkError(error);
      throw new UnreachableError(service, `${url.host}: ${detail}`);
    }
    if (response.status === 429 || response.status >= 500) {
      throw new UnreachableError(service, `${url.host} answered ${response.status} ${response.statusText}`.trim());
    }
    let body: unknown;
    try {
      const text = await response.text();
      body = response.ok ? JSON.parse(text) : undefined;
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new UnreachableError(service, `${url.host}: no answer within ${this.#options.timeoutMs / 1000} s`);
      throw new UnreachableError(service, `${url.host} answered something other than JSON`);
    }
    // NCBI reports overload inside a 200 answer: `{ "error": "API rate limit exceeded" }`.
    const refusal = (body as { error?: unknown } | undefined)?.error;
    if (service === 'NCBI' && typeof refusal === 'string') throw new UnreachableError(service, `${url.host} answered "${refusal}"`);
    const answer = { status: response.status, body };
    if (response.ok || response.status === 404) {
      mkdirSync(this.#options.cacheDir, { recursive: true });
      writeFileSync(cacheFile, JSON.stringify({ at: Date.now(), answer }));
    }
    return answer;
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

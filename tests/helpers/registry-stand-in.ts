import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Crossref `/works/{doi}` answer in the REST API's documented envelope. */
export function crossrefWork(message: Record<string, unknown>) {
  return { status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message };
}

/** One PubMed document summary as esummary's JSON lists it. */
export interface PubmedRecord {
  uid: string;
  title: string;
  pubdate: string;
  authors: Array<{ name: string; authtype: string; clusterid: string }>;
  source: string;
  fulljournalname: string;
  volume: string;
  issue: string;
  pages: string;
  pubtype: string[];
  articleids: Array<{ idtype: string; idtypen: number; value: string }>;
}

/** What the stand-in serves: Crossref works by DOI (a number is a bare status), PubMed records by PMID, and DOIs that never answer. */
export interface StandInData {
  crossref: Record<string, ReturnType<typeof crossrefWork> | number>;
  pubmed: Record<string, PubmedRecord>;
  /** DOIs whose Crossref lookup hangs (for timeouts). */
  hang?: string[];
  /** NCBI answers every request with its rate-limit refusal (HTTP 200 with an `error`). */
  ncbiRefuses?: boolean;
}

/** A local stand-in for Crossref and NCBI E-utilities on 127.0.0.1, replaying answers in their documented formats; records every request. */
export async function startRegistryStandIn(data: StandInData): Promise<{ crossrefUrl: string; ncbiUrl: string; requests: IncomingMessage[]; close(): Promise<void> }> {
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request);
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/crossref/works/')) {
      const doi = decodeURIComponent(url.pathname.slice('/crossref/works/'.length));
      if (data.hang?.includes(doi)) return; // never answers
      const work = data.crossref[doi];
      if (work === undefined || work === 404) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        return response.end('Resource not found.');
      }
      return typeof work === 'number' ? json(work, {}) : json(200, work);
    }
    if (url.pathname.startsWith('/eutils/') && data.ncbiRefuses) {
      return json(200, { error: 'API rate limit exceeded', count: '4' });
    }
    if (url.pathname === '/eutils/esearch.fcgi') {
      const doi = (url.searchParams.get('term') ?? '').replace(/\[doi\]$/, '');
      const ids = Object.values(data.pubmed).filter((record) => record.articleids.some((id) => id.idtype === 'doi' && id.value === doi)).map((record) => record.uid);
      return json(200, { header: { type: 'esearch', version: '0.3' }, esearchresult: { count: String(ids.length), retmax: String(ids.length), retstart: '0', idlist: ids, translationset: [], querytranslation: '' } });
    }
    if (url.pathname === '/eutils/esummary.fcgi') {
      const ids = (url.searchParams.get('id') ?? '').split(',');
      const result: Record<string, unknown> = { uids: ids.filter((id) => data.pubmed[id]) };
      for (const id of ids) result[id] = data.pubmed[id] ?? { uid: id, error: 'cannot get document summary' };
      return json(200, { header: { type: 'esummary', version: '0.3' }, result });
    }
    json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    crossrefUrl: `http://127.0.0.1:${port}/crossref`,
    ncbiUrl: `http://127.0.0.1:${port}/eutils`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A PubMed summary record with the fields esummary returns for a journal article. */
export function pubmedRecord(uid: string, fields: Partial<PubmedRecord> & { doi?: string }): PubmedRecord {
  const { doi, ...rest } = fields;
  return {
    uid,
    title: 'Untitled.',
    pubdate: '2020 Jan',
    authors: [],
    source: 'J Fixtures',
    fulljournalname: 'Journal of fixtures',
    volume: '',
    issue: '',
    pages: '',
    pubtype: ['Journal Article'],
    articleids: [{ idtype: 'pubmed', idtypen: 1, value: uid }, ...(doi ? [{ idtype: 'doi', idtypen: 3, value: doi }] : [])],
    ...rest,
  };
}

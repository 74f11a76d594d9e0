import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveSite } from './site-page.ts';
import type { SiteName } from './sites.ts';
import type { StaticSite } from './static-server.ts';

/** A browser and a served test site for one describe block, started before and stopped after its tests. */
export function useServedSite(name: SiteName): { readonly browser: Browser; readonly site: StaticSite } {
  const state = {} as { browser: Browser; site: StaticSite };
  beforeAll(async () => {
    state.browser = await launchBrowser();
    state.site = await serveSite(name);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}

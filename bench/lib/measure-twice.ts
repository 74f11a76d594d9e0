// A peer's measurement tried once more when the first try fails, so a peer's hiccup (Starlight's
// search box once took over 30 s to appear at N=5,000) does not throw away the builds timed before.

/** Runs `measure`, once more if it throws; the value, or the first line of the last error. */
export async function measureTwice<T>(measure: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  let error = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return { ok: true, value: await measure() };
    } catch (caught) {
      error = (caught instanceof Error ? caught.message : String(caught)).split('\n')[0]!;
    }
  }
  return { ok: false, error };
}

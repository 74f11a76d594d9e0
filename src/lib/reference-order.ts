/** Order of an article's reference list: keys cited in the text first (in citation order), then keys only claims cite. */
export function referenceOrder(citedInText: readonly string[], claims: ReadonlyArray<{ refs: readonly string[] }>): string[] {
  const order = [...citedInText];
  const seen = new Set(order);
  for (const claim of claims) {
    for (const key of claim.refs) {
      if (!seen.has(key)) {
        seen.add(key);
        order.push(key);
      }
    }
  }
  return order;
}

import CareCard from './CareCard.astro';
import Callout from './Callout.astro';
import Term from './Term.astro';
import Figure from './Figure.astro';
import Details from './Details.astro';
import EvidenceKey from './EvidenceKey.astro';
import UrgentHelp from './UrgentHelp.astro';
import { contentComponentNames } from './content-component-names.ts';

/** Components authors can use in MDX without importing them. */
export const contentComponents = { CareCard, Callout, Term, Figure, Details, EvidenceKey, UrgentHelp };

// The compile-time check (remark-mdx-checks) must know exactly these names.
if (Object.keys(contentComponents).join() !== contentComponentNames.join()) {
  throw new Error('content-components.ts and content-component-names.ts list different components.');
}

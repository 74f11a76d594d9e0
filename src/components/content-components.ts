import CareCard from './CareCard.astro';
import Callout from './Callout.astro';
import Term from './Term.astro';

/** Components authors can use in MDX without importing them. */
export const contentComponents = { CareCard, Callout, Term };

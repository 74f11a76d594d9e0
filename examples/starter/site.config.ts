import { defineSiteConfig } from 'evidence-site/config';

// Everything about your site that is not content. Every option, with its default, is listed in
// the engine's README ("Configure"). SITE_URL and SITE_BASE override url and base at build time.
export default defineSiteConfig({
  title: 'My Evidence Site',
  description: 'Plain-language answers to health questions, with every statement checked against its sources.',
  language: 'en',
  // Your site's address; until you set it here or in SITE_URL, builds warn and leave out canonical links.
  url: 'https://example.org',
  base: '/',
  publisher: 'My Evidence Site editorial team',
  favicon: '/favicon.svg',
  shareImage: '/share.png',
  brand: {
    accent: { light: '#0b6e63', dark: '#6fd6c7' },
  },
  structuredData: { pageType: 'MedicalWebPage' },
  // Where readers report a problem with a page: a mailto: address or an https form URL. Every
  // article then links to it with its title and address. Set SITE_FEEDBACK, or write it here.
  feedback: process.env['SITE_FEEDBACK'],
  editorial: {
    reviewOverdue: 'warn',
    readingGradeBudget: 9,
    readingGradeOverBudget: 'warn',
    bibliographyIncomplete: 'fail',
  },
});

import { defineSiteConfig } from 'evidence-site/config';

// The one file a site owner edits. SITE_URL, SITE_BASE, SITE_CONTENT_DIR and SITE_OUT_DIR
// override the matching fields at build time (see README, "Configure").
export default defineSiteConfig({
  title: 'Stretch Mark Evidence',
  description:
    'Plain-language, fully cited answers about stretch marks, microdermabrasion and creams: what works, what does not, and what is still unknown.',
  language: 'en-GB',
  // The real address comes from the deployment: SITE_URL (README, "Deploying"). Built without it,
  // this placeholder makes the build warn and leave out canonical links and og:url.
  url: 'https://example.org',
  base: '/',
  contentDir: 'content',
  publisher: 'Stretch Mark Evidence editorial team',
  favicon: '/favicon.svg',
  shareImage: '/share.png',
  // Where readers report a problem with a page: set SITE_FEEDBACK in the deployment's environment
  // (a "mailto:" address or an https form URL); without it the build warns and no link is shown.
  feedback: process.env['SITE_FEEDBACK'],
  structuredData: { pageType: 'MedicalWebPage', reviewer: 'person' },
  // Readers' words for what the pages call these (the engine's own groups are topic-free); search
  // only, so a brand name here is not shown on any page.
  search: {
    wordGroups: [
      ['pregnancy', 'pregnant', 'expecting', 'expecting a baby', 'having a baby'],
      ['darker skin', 'black skin', 'brown skin', 'dark skin', 'skin of colour', 'skin of color'],
      ['fractional laser', 'fraxel'],
      ['provider', 'practitioner', 'beautician', 'aesthetician', 'therapist'],
      ['centella asiatica', 'cica'],
    ],
  },
  editorial: {
    reviewOverdue: 'fail',
    readingGradeBudget: 9,
    readingGradeOverBudget: 'fail',
    bibliographyIncomplete: 'fail',
  },
});

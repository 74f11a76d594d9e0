import { evidenceCollections } from 'evidence-site/content';

export const collections = evidenceCollections();

// Our first site's content collections: exactly what any site built on the engine writes.
import { evidenceCollections } from 'evidence-site/content';

export const collections = evidenceCollections();

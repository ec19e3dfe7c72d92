// Every page's enhancements, in one module (one request, one gzip context). Each
// custom element only acts where the page has it; without JavaScript the pages
// work as plain HTML.
import { keepHash } from '../lib/links/keep-hash';
import { landOnTarget } from '../lib/links/land-on-target';
import './surface-tabs';
import './share-actions';
import './step-checklist';

keepHash(document);
landOnTarget(document);

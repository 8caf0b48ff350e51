import '../src/index.js';
import { runConformance } from './conformance.js';

// Every element that shows part of a feed runs the same suite (test/conformance.ts).
runConformance('esfomo-schedule', { feedSection: 'schedule' });
runConformance('esfomo-people', { feedSection: 'people' });
runConformance('esfomo-countdown', { feedSection: 'dates', attributes: { deadline: 'submission' } });
runConformance('esfomo-dates', { feedSection: 'dates' });
runConformance('esfomo-topics', { feedSection: 'topics' });
runConformance('esfomo-papers', { feedSection: 'papers' });

/** `<esfomo-papers>`: the accepted papers, grouped by kind. Importing this module registers the tag. */
export { EsfomoPapers } from './papers/papers.js';

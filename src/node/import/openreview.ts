/**
 * OpenReview notes -> a feed's `papers`.
 *
 * Reads what OpenReview's API returns for a venue's papers, either version:
 * - API v2 (api2.openreview.net): every content field is wrapped, `{ "title": { "value": "..." } }`;
 *   the decision shows in `content.venue` ("ES-FoMo 2025 Oral") and `content.venueid`.
 * - API v1 (api.openreview.net): plain content fields, `{ "title": "..." }`; the decision in
 *   `content.venue` ("ICML 2023 Workshop ES-FoMo Poster") or a Decision reply in `details.replies`.
 * The file is the response object (`{ "notes": [...], "count": N }`) or a bare list of notes.
 */
import { safeUrl } from '../../feed/urls.js';
import { slug } from '../../calendar/ics.js';
import { InputError, isObject, shown, text, type Json } from '../errors.js';

/** A paper as the feed's contract writes it; authors as plain names. */
export interface ImportedPaper {
  id: string;
  title: string;
  authors: string[];
  kind?: 'oral' | 'spotlight' | 'poster';
  url?: string;
  pdf?: string;
  code?: string;
  abstract?: string;
}

export interface OpenReviewImport {
  papers: ImportedPaper[];
  /** One line per note that was not used, or a field that was dropped, naming its path. */
  skipped: string[];
}

const SITE = 'https://openreview.net';
const NOTE_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** A content field's value in either API version: v2's `{ value }` or v1's plain value. */
function field(content: Json, key: string): unknown {
  const raw = Object.prototype.hasOwnProperty.call(content, key) ? content[key] : undefined;
  return isObject(raw) && 'value' in raw ? raw.value : raw;
}

/** The decision a Decision reply carries, when the notes were fetched with `details=replies`. */
function decisionReply(note: Json): string | undefined {
  const details = note.details;
  if (!isObject(details) || !Array.isArray(details.replies)) return undefined;
  for (const reply of details.replies) {
    if (!isObject(reply) || !isObject(reply.content)) continue;
    const invitations = [reply.invitation, ...(Array.isArray(reply.invitations) ? reply.invitations : [])];
    if (!invitations.some((i) => typeof i === 'string' && /\/-\/Decision$/.test(i))) continue;
    const decision = text(field(reply.content, 'decision'));
    if (decision) return decision;
  }
  return undefined;
}

/** Why a note is not an accepted paper, from its venue, venue id or decision; else undefined. */
function notAccepted(venue?: string, venueid?: string, decision?: string): string | undefined {
  const all = [venueid, venue, decision].filter(Boolean).join(' ');
  if (/withdraw/i.test(all)) return 'withdrawn';
  if (/desk[ _-]?reject/i.test(all)) return 'desk rejected';
  if (/reject/i.test(all)) return 'rejected';
  if (venue && /^submitted to\b/i.test(venue)) return `not accepted (venue ${shown(venue)})`;
  return undefined;
}

function kindOf(words: string | undefined): ImportedPaper['kind'] {
  if (!words) return undefined;
  if (/\boral\b/i.test(words)) return 'oral';
  if (/\bspotlight\b/i.test(words)) return 'spotlight';
  if (/\bposter\b/i.test(words)) return 'poster';
  return undefined;
}

function authorNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names: string[] = [];
  for (const author of value) {
    // Newer v2 venues write `{ "fullname": "...", "username": "~..." }`.
    const name = text(author) ?? (isObject(author) ? (text(author.fullname) ?? text(author.name)) : undefined);
    if (name) names.push(name);
  }
  return names;
}

/** OpenReview's `/pdf/<hash>.pdf` made absolute; another http(s) link kept; anything else dropped. */
function pdfLink(value: unknown, id: string): string | undefined {
  const path = text(value);
  if (!path) return undefined;
  if (path.startsWith('/')) return `${SITE}${path}`;
  const link = safeUrl(path);
  if (link && /^https?:/i.test(link)) return link;
  return `${SITE}/pdf?id=${encodeURIComponent(id)}`;
}

/** The notes in a file: the API's response object or a bare list. */
function notesOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (isObject(data) && Array.isArray(data.notes)) return data.notes;
  if (isObject(data) && isObject(data.note)) return [data.note];
  throw new InputError(
    `expected OpenReview notes (the API's response, { "notes": [...] }, or a list of notes), found ${isObject(data) ? 'an object without "notes"' : shown(data)}`,
  );
}

export function importOpenReview(data: unknown): OpenReviewImport {
  const notes = notesOf(data);
  if (notes.length > 0 && !notes.some((n) => isObject(n) && isObject(n.content))) {
    throw new InputError(`expected OpenReview notes (objects with "content"), found ${notes.length} other values`);
  }
  const papers: ImportedPaper[] = [];
  const skipped: string[] = [];
  const taken = new Set<string>();
  notes.forEach((note, index) => {
    const path = `notes[${index}]`;
    if (!isObject(note) || !isObject(note.content)) {
      skipped.push(`${path}: ${shown(note)} is not an OpenReview note (skipped)`);
      return;
    }
    const content = note.content;
    const title = text(field(content, 'title'));
    if (!title) {
      skipped.push(`${path}: no title (skipped)`);
      return;
    }
    const named = `${path} ${shown(title)}`;
    if (note.ddate !== undefined && note.ddate !== null) {
      skipped.push(`${named}: deleted (skipped)`);
      return;
    }
    const venue = text(field(content, 'venue'));
    const decision = decisionReply(note) ?? text(field(content, 'decision'));
    const why = notAccepted(venue, text(field(content, 'venueid')), decision);
    if (why) {
      skipped.push(`${named}: ${why} (skipped)`);
      return;
    }
    const noteId = text(note.id);
    const forum = text(note.forum) ?? noteId;
    const base = noteId && NOTE_ID.test(noteId) ? noteId : slug(title) || `paper-${index + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);

    const paper: ImportedPaper = { id, title, authors: authorNames(field(content, 'authors')) };
    if (paper.authors.length === 0) skipped.push(`${named}: no authors listed`);
    const kind = kindOf(decision) ?? kindOf(venue);
    if (kind) paper.kind = kind;
    if (forum && NOTE_ID.test(forum)) paper.url = `${SITE}/forum?id=${encodeURIComponent(forum)}`;
    const pdf = pdfLink(field(content, 'pdf'), id);
    if (pdf) paper.pdf = pdf;
    const code = safeUrl(text(field(content, 'code')));
    if (code && /^https?:/i.test(code)) paper.code = code;
    const abstract = text(field(content, 'abstract'));
    if (abstract) paper.abstract = abstract;
    papers.push(paper);
  });
  return { papers, skipped };
}

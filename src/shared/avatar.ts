/**
 * The initials avatar that stands in for a missing or broken photo: the initials of a name,
 * and a colour derived from the name alone, so a person keeps their colour on every page.
 *
 * The colours are a fixed palette of classes in the shadow stylesheet (`hue-0` … `hue-11`),
 * not a `style` attribute: a page whose Content-Security-Policy forbids inline styles
 * (`style-src 'self'`) shows them the same.
 */
import { unsafeCSS, type CSSResult } from 'lit';

/** Up to two initials: the first letters of the first and the last word that start with a letter or digit. */
export function initials(name: string): string {
  const words = name
    .split(/[\s\u00a0]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter(Boolean);
  if (words.length === 0) return '';
  const first = (word: string) => String.fromCodePoint(word.codePointAt(0)!);
  const letters = words.length === 1 ? first(words[0]) : first(words[0]) + first(words[words.length - 1]);
  return letters.toLocaleUpperCase();
}

/** A small, stable string hash (32-bit FNV-1a). */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** How many colours the avatars come in, evenly spaced around the hue circle. */
export const AVATAR_HUES = 12;

/** The palette entry (0 to AVATAR_HUES - 1) of a name's avatar. */
export function hueIndex(name: string): number {
  return hash(name.trim()) % AVATAR_HUES;
}

/** The hue (0–359) of a name's avatar: one of the palette's. */
export function hueOf(name: string): number {
  return hueIndex(name) * (360 / AVATAR_HUES);
}

/** The class that gives a name's avatar its colour, from `avatarPalette`. */
export function avatarClass(name: string): string {
  return `hue-${hueIndex(name)}`;
}

const toSrgb = (x: number) => {
  const c = Math.min(1, Math.max(0, x));
  return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
};

/**
 * An sRGB colour of the given hue at a fixed perceptual lightness (OKLCH 48%, chroma 0.1):
 * every hue is dark enough for white initials to pass WCAG AA (4.5:1) at any size.
 */
export function avatarColor(hue: number): string {
  const L = 0.48;
  const C = 0.1;
  const h = (hue * Math.PI) / 180;
  const a = C * Math.cos(h);
  const b = C * Math.sin(h);
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const rgb = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ].map((x) => Math.round(toSrgb(x) * 255));
  return `rgb(${rgb[0]}, ${rgb[1]}, ${rgb[2]})`;
}

/**
 * The palette, hue 0, 30 … 330: `avatarColor` of each, written out (the formula's constants
 * cost the bundle more than its answers; test/avatar.test.ts holds the two together).
 */
const PALETTE = '8a435b 8d453b 864e18 735a00 57651a 2c6d3e 006f60 006c7d 176490 485996 674f8d 7d4778';

/** The palette's classes: each sets `--_avatar`, which the initials' background reads. */
export const avatarPalette: CSSResult = unsafeCSS(
  PALETTE.split(' ')
    .map((hex, i) => `.hue-${i}{--_avatar:#${hex}}`)
    .join(''),
);

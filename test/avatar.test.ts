import { expect } from '@open-wc/testing';
import { AVATAR_HUES, avatarClass, avatarColor, avatarPalette } from '../src/shared/avatar.js';

describe('the avatar palette', () => {
  it('gives each class the colour avatarColor computes for its hue', () => {
    const classes = [...avatarPalette.cssText.matchAll(/\.hue-(\d+)\{--_avatar:#([0-9a-f]{6})\}/g)];
    expect(classes.map((m) => Number(m[1]))).to.deep.equal(Array.from({ length: AVATAR_HUES }, (_, i) => i));
    for (const [, index, hex] of classes) {
      const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
      expect(`rgb(${r}, ${g}, ${b})`, `hue-${index}`).to.equal(avatarColor((Number(index) * 360) / AVATAR_HUES));
    }
  });

  it('paints an avatar in its class’s colour', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${avatarPalette.cssText} span{background:var(--_avatar)}`);
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const span = document.createElement('span');
    span.className = avatarClass('Grace Hopper');
    root.append(span);
    document.body.append(host);
    const index = Number(span.className.slice(4));
    expect(getComputedStyle(span).backgroundColor).to.equal(avatarColor((index * 360) / AVATAR_HUES));
    host.remove();
  });
});

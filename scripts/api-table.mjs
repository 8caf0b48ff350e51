// The README's API section, made from custom-elements.json (the manifest that
// `cem analyze --litelement` writes from the elements' docblocks). Pure: no Node APIs, so a
// browser test can check that the README is up to date.

export const START = '<!-- api:start (made by `npm run docs` from custom-elements.json; do not edit) -->';
export const END = '<!-- api:end -->';

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (s) => `\`${s}\``;

/** Every custom element in the manifest, in the order of its modules. */
export function elements(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

/** The API section for one manifest, as Markdown. */
export function apiMarkdown(manifest) {
  const out = [START];
  for (const el of elements(manifest)) {
    out.push('', `### \`<${el.tagName}>\``, '', cell(el.summary || el.description));
    const attrs = (el.attributes ?? []).filter((a) => !a.name.startsWith('_'));
    const props = (el.members ?? []).filter(
      (m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute && !(m.name || '').startsWith('#'),
    );
    if (attrs.length || props.length) {
      out.push('', '| attribute / property | type | default | description |', '|---|---|---|---|');
      for (const a of attrs) {
        out.push(
          `| ${code(a.name)}${a.fieldName && a.fieldName !== a.name ? ` / ${code(a.fieldName)}` : ''} | ${cell(a.type?.text)} | ${cell(a.default)} | ${cell(a.description)} |`,
        );
      }
      for (const p of props)
        out.push(`| ${code(p.name)} (property) | ${cell(p.type?.text)} | ${cell(p.default)} | ${cell(p.description)} |`);
    }
    const lists = [
      ['Events', el.events, (e) => `${code(e.name)}: ${cell(e.description)}`],
      ['Parts', el.cssParts, (p) => `${code(p.name)}: ${cell(p.description)}`],
      [
        'CSS custom properties',
        el.cssProperties,
        (p) => `${code(p.name)}${p.default ? ` (default ${code(p.default)})` : ''}: ${cell(p.description)}`,
      ],
      ['Slots', el.slots, (s) => `${s.name ? code(s.name) : 'default'}: ${cell(s.description)}`],
    ];
    for (const [title, items, line] of lists) {
      if (!items?.length) continue;
      out.push('', `**${title}**`, '', ...items.map((i) => `- ${line(i)}`));
    }
  }
  out.push('', END);
  return out.join('\n');
}

/** The README with its API section replaced. */
export function withApi(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md has no API markers');
  return readme.slice(0, start) + apiMarkdown(manifest) + readme.slice(end + END.length);
}

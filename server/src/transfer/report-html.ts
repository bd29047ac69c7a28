import type { Block, Report } from './report-model.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2430; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { color: #1f4e79; margin-bottom: 0; } h2 { color: #1f4e79; border-bottom: 1px solid #d8dee6; padding-bottom: 4px; margin-top: 2rem; }
.date { color: #4a5868; } table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { border: 1px solid #c9d2dc; padding: 4px 8px; text-align: left; vertical-align: top; } th { background: #eef2f6; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { break-after: avoid; } table, li { break-inside: avoid; } a { color: inherit; } }
`;

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
      const rows = b.rows.map((r) => `<tr>${r.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

/** A standalone page that prints well: no scripts, every piece of board text escaped. */
export function reportHtml(report: Report): string {
  const sections = report.sections.map((s) => `<section><h2>${escapeHtml(s.heading)}</h2>${s.blocks.map(block).join('')}</section>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)} — partnership plan report</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(report.title)}</h1><p class="date">Partnership plan report, ${escapeHtml(report.date)}</p>
${sections.join('\n')}
</body></html>
`;
}

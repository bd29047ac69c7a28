import type { Block, Report } from './report-model.ts';

const inline = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return inline(b.text);
    case 'list':
      return b.items.map((item) => `- ${inline(item)}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map(inline).join(' | ')} |`;
      return [row(b.header), `|${b.header.map(() => ' --- |').join('')}`, ...b.rows.map(row)].join('\n');
    }
  }
}

export function reportMarkdown(report: Report): string {
  const parts = [`# ${inline(report.title)}`, `Partnership plan report, ${report.date}`];
  for (const section of report.sections) parts.push(`## ${inline(section.heading)}`, ...section.blocks.map(block));
  return parts.join('\n\n') + '\n';
}

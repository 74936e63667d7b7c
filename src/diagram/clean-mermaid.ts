import { findFencedBlock, stripThink } from '../markdown/clean-model-output';

// A model's answer → the Mermaid in it: reasoning dropped, a ```mermaid fence (or an unlabelled fence
// holding a diagram) unwrapped, chatter before the diagram and a closing paragraph of prose after it cut.

const HEADER = /^(flowchart(?:-elk)?|graph|timeline)\b/;

export function cleanMermaidAnswer(raw: string): string {
  let { text } = stripThink(raw);
  // Mid-stream, still inside an unclosed reasoning block: no diagram yet.
  if (/^\s*<think>/i.test(text)) return '';
  text = text.replace(/<think>[\s\S]*?<\/think>/gi, '');
  const firstLine = (body: string[]) => body.find((l) => l.trim())?.trim() ?? '';
  const fenced = findFencedBlock(text, (lang, body) => lang === 'mermaid' || (lang === '' && (HEADER.test(firstLine(body)) || firstLine(body) === '---')));
  if (fenced !== null) return fenced.trim();
  const lines = text.split('\n');
  const start = lines.findIndex((l) => HEADER.test(l.trim()));
  if (start < 0) return text.trim();
  // Front matter (`---` … `---`) right before the header belongs to the diagram.
  let from = start;
  if (start >= 2 && lines[start - 1].trim() === '---') {
    const open = lines.slice(0, start - 1).lastIndexOf('---');
    if (open >= 0) from = open;
  }
  let end = lines.length;
  // A last paragraph after a blank line with no diagram syntax in it is the model signing off.
  const blank = lines.slice(start).findLastIndex((l) => !l.trim());
  if (blank >= 0) {
    const tail = lines.slice(start + blank + 1);
    if (tail.length && tail.every((l) => !/-->|---|==>|-\.-|[[({]|^\s*(subgraph|end|section|title)\b|\s:\s/.test(l))) end = start + blank;
  }
  return lines.slice(from, end).join('\n').trim();
}

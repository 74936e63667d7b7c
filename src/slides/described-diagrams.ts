// An outline line that asks for a diagram in words — `图: 流程图 报销审批流程`, `Diagram: org chart of the
// sales team` — becomes a ```mermaid block written by the model (the Diagram feature's prompt), which the
// deck then draws as a diagram slide. Without a model the line stays as text and a warning names the
// slide. Runs on the outline Markdown before it is parsed, so the CLI and the pane get the same result
// and the user's outline afterwards holds the Mermaid to edit (no second model call next time).
import type { LlmSettings } from '../llm/settings';
import type { ChatMode, Usage } from '../llm/types';
import type { Locale } from '../locales';
import { isFailure } from '../errors';
import { message, type Message } from '../messages';
import type { DiagramKindHint } from '../diagram/prompt';

export interface DescribedDiagram {
  /** 0-based line in the Markdown. */
  line: number;
  /** The line as written (without its list marker), for warnings. */
  text: string;
  kind: DiagramKindHint;
  description: string;
  /** The title of the slide the line is on ('' before the first heading). */
  slide: string;
  /** That slide's other lines: what the diagram is drawn from. */
  material: string;
}

/** The type word a description starts with: 流程图 报销审批流程, org chart of the sales team. */
const KIND_WORDS: [RegExp, DiagramKindHint][] = [
  [/^(?:组织架构图|组织结构图|组织图|org(?:ani[sz]ation(?:al)?)?[ -]?chart)\s*[:：]?/i, 'orgchart'],
  [/^(?:流程图|架构图|flow[ -]?chart|process diagram)\s*[:：]?/i, 'flowchart'],
  [/^(?:时间线|时间轴|timeline)\s*[:：]?/i, 'timeline'],
];

/**
 * `图: <type> <description>` (the type is required: a bare `图：` is how Chinese captions a figure) or
 * `Diagram: [type] <description>`, alone on a line or as a list item.
 */
function readLine(raw: string): { text: string; kind: DiagramKindHint; description: string } | null {
  const text = raw
    .trim()
    .replace(/^(?:[-*+]|\d+[.)])\s+/, '')
    .trim();
  const m = /^(图|图示|diagram)\s*[:：]\s*(.+)$/i.exec(text);
  if (!m) return null;
  // The type word stays in the description too: "org chart of the sales team" reads better than "of the sales team".
  const description = m[2].trim();
  const typed = KIND_WORDS.find(([re]) => re.test(description));
  const kind: DiagramKindHint = typed ? typed[1] : 'auto';
  if (/^图/.test(m[1]) && !typed) return null;
  const rest = typed ? description.replace(typed[0], '').trim() : description;
  return rest ? { text, kind, description } : null;
}

const MAX_MATERIAL = 2000;

/** Every diagram-asking line outside code fences, with the slide it is on. */
export function describedDiagrams(markdown: string): DescribedDiagram[] {
  const lines = markdown.split(/\r?\n/);
  const out: DescribedDiagram[] = [];
  let fence: string | null = null;
  let slide = '';
  let slideLines: number[] = [];
  const found: { at: number; slideLines: number[] }[] = [];
  lines.forEach((l, i) => {
    const f = /^\s*(`{3,}|~{3,})/.exec(l);
    if (f) {
      if (fence === null) fence = f[1][0].repeat(f[1].length);
      else if (l.trim().startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(l);
    if (h) {
      slide = h[1];
      slideLines = [i];
      return;
    }
    slideLines.push(i);
    const d = readLine(l);
    if (d) {
      out.push({ line: i, ...d, slide, material: '' });
      found.push({ at: out.length - 1, slideLines });
    }
  });
  // A slide's material is all of its lines (known once the next heading is reached), the asking line left out.
  for (const { at, slideLines: ls } of found) {
    const d = out[at];
    d.material = ls
      .filter((i) => i !== d.line)
      .map((i) => lines[i])
      .join('\n')
      .trim()
      .slice(0, MAX_MATERIAL);
  }
  return out;
}

export interface DiagramWriting {
  settings?: LlmSettings;
  locale: Locale;
  mode?: ChatMode;
  signal?: AbortSignal;
}

export interface WrittenDiagrams {
  /** The outline with a ```mermaid block in place of each line the model drew. */
  markdown: string;
  written: number;
  warnings: Message[];
  usage?: Usage;
}

/** Each `图: …` / `Diagram: …` line → the model's Mermaid in a fence; without a model, a warning per line. */
export async function writeDescribedDiagrams(markdown: string, o: DiagramWriting): Promise<WrittenDiagrams> {
  const asked = describedDiagrams(markdown);
  if (!asked.length) return { markdown, written: 0, warnings: [] };
  const slideName = (d: DescribedDiagram) => d.slide || d.text;
  if (!o.settings) {
    return { markdown, written: 0, warnings: asked.map((d) => message('slides.warn.diagramNeedsModel', { title: slideName(d), line: d.text })) };
  }
  const { generateMermaid } = await import('../diagram/generate');
  const lines = markdown.split(/\r?\n/);
  const warnings: Message[] = [];
  let written = 0;
  let usage: Usage | undefined;
  for (const d of asked) {
    o.signal?.throwIfAborted();
    try {
      const g = await generateMermaid(o.settings, {
        description: d.description,
        material: d.material || undefined,
        kind: d.kind,
        locale: o.locale,
        mode: o.mode,
        signal: o.signal,
      });
      lines[d.line] = `\n\`\`\`mermaid\n${g.source.trim()}\n\`\`\`\n`;
      written++;
      usage = g.usage ?? usage;
    } catch (e) {
      o.signal?.throwIfAborted();
      // Mermaid the model could not get right, twice: this slide keeps its line (a model that cannot be
      // reached stops the deck with its own sentence, as every model step does).
      if (!isFailure(e, 'diagram.error.modelOutput')) throw e;
      warnings.push(message('slides.warn.diagramNotWritten', { title: slideName(d), line: d.text }));
    }
  }
  return { markdown: lines.join('\n'), written, warnings, usage };
}

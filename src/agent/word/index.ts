// Word tools: read the outline and a section, find text (reads); replace as a tracked change, insert
// Markdown after a paragraph (the native Word writer), comment, apply a heading or list style, and insert
// what the minutes and draft engines write (proposals the user reviews).
import { z } from 'zod';
import { AppError } from '../../errors';
import type { MessageKey } from '../../locales';
import { message } from '../../messages';
import type { AgentHost } from '../host';
import { readTool, writeTool } from '../tool';
import type { ParaRef, WordBackend, WordParagraph } from './backend';
import type { DiagramLayout } from '../../diagram/types';
import { mermaidArg, toolDiagram } from '../diagram-tool';

export type { WordBackend, WordParagraph, ParaRef, ReplaceRecord, StyleRecord } from './backend';

const MAX_SECTION = 60;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

export const WORD_STYLES = [
  'Heading1',
  'Heading2',
  'Heading3',
  'Heading4',
  'Heading5',
  'Heading6',
  'Title',
  'Subtitle',
  'Normal',
  'ListBullet',
  'ListNumber',
  'Quote',
] as const;

function headingLevel(style: string): number {
  const m = /^Heading(\d)$/.exec(style);
  return m ? Number(m[1]) : style === 'Title' ? 0 : -1;
}

function ref(paras: WordParagraph[], n: number): ParaRef {
  const p = paras[n - 1];
  if (!p) throw new AppError('agent.error.noParagraph', { paragraph: n, count: paras.length });
  return { index: n - 1, text: p.text };
}

function nth(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const paragraphArg = z.number().int().min(1).describe('Paragraph number from read_outline / read_section / find_text');

/** What the Word host needs from its surroundings: a diagram as a PNG (the pane draws it on a canvas). */
export interface WordHostEnv {
  diagramPng?: (layout: DiagramLayout) => Promise<{ base64: string; width: number; height: number }>;
}

export const DIAGRAM_UNAVAILABLE = 'Diagrams cannot be drawn as pictures here.';

export function wordHost(b: WordBackend, env: WordHostEnv = {}): AgentHost {
  const insertProposal = (paras: WordParagraph[], after: number, markdown: string, kind: 'agent' | 'minutes' | 'draft', summaryKey: MessageKey) => {
    const at = ref(paras, after);
    return {
      summary: message(summaryKey, { paragraph: after, lines: markdown.split('\n').filter((l) => l.trim()).length }),
      preview: { kind: 'insert' as const, after: clip(markdown, 1200) },
      async apply() {
        const r = await b.insertMarkdownAfter(at, markdown, kind, kind);
        return {
          result: {
            inserted: true,
            after_paragraph: after,
            method: r.method,
            ...(r.tag ? {} : { note: 'Inserted, but not as one block: it cannot be removed in one step.' }),
          },
          undo: {
            label: message('agent.undo.insert', { paragraph: after }),
            async run() {
              if (!r.tag || !(await b.removeInserted(r.tag))) throw new AppError('agent.error.insertGone');
            },
          },
        };
      },
    };
  };

  return {
    kind: 'word',
    notes: [
      'Paragraphs are numbered from 1 in document order (read_outline gives the headings with their numbers).',
      'replace_text writes a tracked change the user can accept or reject in Word; prefer it over rewriting whole paragraphs.',
      'insert_markdown takes Markdown (# headings, lists, tables, **bold**) and inserts it as Word headings, lists and tables after a paragraph.',
      ...(env.diagramPng
        ? [
            'insert_diagram draws Mermaid (flowchart, org chart as a flowchart TD tree, timeline) as a picture after a paragraph; its alt text keeps the Mermaid so it can be edited later.',
          ]
        : []),
    ],
    ...(env.diagramPng ? {} : { unavailable: { insert_diagram: DIAGRAM_UNAVAILABLE } }),
    tools: [
      readTool({
        name: 'read_outline',
        description: 'Reads the document outline: the headings with their paragraph numbers and levels, and how many paragraphs there are.',
        schema: z.object({}),
        async run() {
          const paras = await b.paragraphs();
          const headings = paras.flatMap((p, i) =>
            headingLevel(p.style) >= 0 && p.text.trim() ? [{ paragraph: i + 1, level: headingLevel(p.style), text: clip(p.text, 200) }] : [],
          );
          const out: Record<string, unknown> = { paragraphs: paras.length, headings };
          if (!headings.length) out.firstParagraphs = paras.slice(0, 10).map((p, i) => ({ paragraph: i + 1, text: clip(p.text, 200) }));
          return out;
        },
      }),
      readTool({
        name: 'read_section',
        description: `Reads paragraphs with their numbers and styles: the section under a heading (heading = its paragraph number), or from/to paragraph numbers. At most ${MAX_SECTION} paragraphs.`,
        schema: z.object({ heading: z.number().int().min(1).optional(), from: z.number().int().min(1).optional(), to: z.number().int().min(1).optional() }),
        async run(a) {
          const paras = await b.paragraphs();
          let from = a.from ?? 1;
          let to = a.to ?? paras.length;
          if (a.heading) {
            ref(paras, a.heading);
            const level = headingLevel(paras[a.heading - 1].style);
            from = a.heading;
            const next = paras.findIndex((p, i) => i >= a.heading! && headingLevel(p.style) >= 0 && (level < 0 || headingLevel(p.style) <= level));
            to = next < 0 ? paras.length : next;
          }
          const list = paras.slice(from - 1, Math.min(to, from - 1 + MAX_SECTION)).map((p, i) => ({
            paragraph: from + i,
            style: p.style,
            ...(p.isListItem ? { list: true } : {}),
            ...(p.inTable ? { table: true } : {}),
            text: clip(p.text, 1500),
          }));
          return {
            from,
            to: from + list.length - 1,
            paragraphs: list,
            ...(to - from + 1 > list.length ? { more: `paragraphs up to ${to} not shown; read the rest with from/to` } : {}),
          };
        },
      }),
      readTool({
        name: 'find_text',
        description: 'Finds text in the document: each match with its paragraph number, its occurrence within that paragraph and the words around it.',
        schema: z.object({ text: z.string().min(1).max(255), match_case: z.boolean().default(true) }),
        async run(a) {
          const paras = await b.paragraphs();
          const norm = (s: string) => (a.match_case ? s : s.toLowerCase());
          const needle = norm(a.text);
          const matches: { paragraph: number; occurrence: number; context: string }[] = [];
          paras.forEach((p, i) => {
            const hay = norm(p.text);
            let k = 0;
            for (let at = hay.indexOf(needle); at >= 0 && matches.length < 30; at = hay.indexOf(needle, at + needle.length)) {
              k++;
              matches.push({ paragraph: i + 1, occurrence: k, context: p.text.slice(Math.max(0, at - 30), at + a.text.length + 30) });
            }
          });
          return { matches, ...(matches.length === 30 ? { note: 'only the first 30 matches' } : {}) };
        },
      }),
      writeTool({
        name: 'replace_text',
        description:
          'Proposes replacing text inside one paragraph as a tracked change (the user accepts or rejects it in Word). `find` is matched exactly (≤ 255 characters); `occurrence` picks which match in that paragraph.',
        schema: z.object({ paragraph: paragraphArg, find: z.string().min(1).max(255), replace: z.string(), occurrence: z.number().int().min(1).default(1) }),
        async propose(a) {
          const paras = await b.paragraphs();
          const at = ref(paras, a.paragraph);
          const pos = nth(at.text, a.find, a.occurrence);
          if (pos < 0) throw new AppError('agent.error.notInParagraph', { text: a.find, paragraph: a.paragraph });
          const after = at.text.slice(0, pos) + a.replace + at.text.slice(pos + a.find.length);
          return {
            summary: message('agent.change.replace', { find: clip(a.find, 40), replace: clip(a.replace, 40), paragraph: a.paragraph }),
            preview: { kind: 'text', before: clip(at.text, 600), after: clip(after, 600) },
            async apply() {
              const r = await b.replace(at, a.find, a.occurrence, a.replace);
              return {
                result: { replaced: true, paragraph: a.paragraph, tracked: r.tracked },
                undo: { label: message('agent.undo.replace', { paragraph: a.paragraph }), run: async () => void (await b.undoReplace(r)) },
              };
            },
          };
        },
      }),
      writeTool({
        name: 'insert_markdown',
        description:
          'Proposes inserting Markdown after a paragraph, as Word headings, lists, tables and formatting (one block the user can remove in one step).',
        schema: z.object({ after_paragraph: paragraphArg, markdown: z.string().min(1) }),
        async propose(a) {
          return insertProposal(await b.paragraphs(), a.after_paragraph, a.markdown, 'agent', 'agent.change.insert');
        },
      }),
      writeTool({
        name: 'add_comment',
        description: 'Proposes a Word comment on a paragraph, or on a piece of text inside it (anchor_text).',
        schema: z.object({ paragraph: paragraphArg, text: z.string().min(1), anchor_text: z.string().min(1).max(255).optional() }),
        async propose(a) {
          const paras = await b.paragraphs();
          const at = ref(paras, a.paragraph);
          if (a.anchor_text && !at.text.includes(a.anchor_text))
            throw new AppError('agent.error.notInParagraph', { text: a.anchor_text, paragraph: a.paragraph });
          return {
            summary: message('agent.change.comment', { paragraph: a.paragraph }),
            preview: { kind: 'comment', before: clip(a.anchor_text ?? at.text, 200), after: a.text },
            async apply() {
              const id = await b.addComment(at, a.anchor_text ?? null, a.text);
              return {
                result: { commented: a.paragraph },
                undo: { label: message('agent.undo.comment', { paragraph: a.paragraph }), run: () => b.deleteComment(id) },
              };
            },
          };
        },
      }),
      writeTool({
        name: 'set_style',
        description: `Proposes a built-in style for a paragraph: a heading level, Title, Normal, a bullet or numbered list item (ListBullet, ListNumber) or Quote.`,
        schema: z.object({ paragraph: paragraphArg, style: z.enum(WORD_STYLES) }),
        async propose(a) {
          const paras = await b.paragraphs();
          const at = ref(paras, a.paragraph);
          return {
            summary: message('agent.change.style', { paragraph: a.paragraph, style: a.style }),
            preview: { kind: 'style', before: paras[a.paragraph - 1].style, after: a.style, lines: [clip(at.text, 120)] },
            async apply() {
              const r = await b.setStyle(at, a.style);
              return {
                result: { styled: a.paragraph, style: a.style },
                undo: { label: message('agent.undo.style', { paragraph: a.paragraph }), run: () => b.restoreStyle(r) },
              };
            },
          };
        },
      }),
      writeTool({
        name: 'insert_minutes',
        description:
          'Proposes meeting minutes written by the minutes engine from notes (title, date and place, attendees, summary, topics, decisions, action items with owner, due date and status, risks, open questions), inserted after a paragraph.',
        schema: z.object({ notes: z.string().min(1), after_paragraph: paragraphArg }),
        async propose(a, ctx) {
          if (!ctx.settings) throw new AppError('agent.error.needsModel');
          const [{ generateMinutes }, { renderMinutesMarkdown }] = await Promise.all([
            import('../../writing/generate-minutes'),
            import('../../writing/render-minutes'),
          ]);
          const r = await generateMinutes(ctx.settings, a.notes, { signal: ctx.signal, language: ctx.locale });
          return insertProposal(await b.paragraphs(), a.after_paragraph, renderMinutesMarkdown(r.minutes, r.language), 'minutes', 'agent.change.minutes');
        },
      }),
      writeTool({
        name: 'insert_draft',
        description:
          'Proposes a draft written by the drafting engine from a template and a brief (work-report, project-proposal, business-plan, minutes, notice, email-reply), inserted after a paragraph.',
        schema: z.object({
          template: z.enum(['work-report', 'project-proposal', 'business-plan', 'minutes', 'notice', 'email-reply']),
          brief: z.string().min(1),
          after_paragraph: paragraphArg,
        }),
        async propose(a, ctx) {
          if (!ctx.settings) throw new AppError('agent.error.needsModel');
          const [{ fillFields, generateDraft }, { findTemplate }] = await Promise.all([import('../../writing/draft'), import('../../writing/templates')]);
          const template = findTemplate(a.template);
          if (!template) throw new AppError('agent.error.noTemplate', { template: a.template });
          const fields = fillFields(template, ctx.locale, { [template.briefField]: a.brief });
          const r = await generateDraft(ctx.settings, { template, fields, language: ctx.locale }, { signal: ctx.signal });
          return insertProposal(await b.paragraphs(), a.after_paragraph, r.text, 'draft', 'agent.change.draft');
        },
      }),
      ...(env.diagramPng ? [diagramTool(b, env.diagramPng)] : []),
    ],
  };
}

function diagramTool(b: WordBackend, png: NonNullable<WordHostEnv['diagramPng']>) {
  return writeTool({
    name: 'insert_diagram',
    description:
      'Proposes a diagram drawn from Mermaid, inserted as a picture in a paragraph of its own after a paragraph; its alt text holds the title and the Mermaid source.',
    schema: z.object({ after_paragraph: paragraphArg, mermaid: mermaidArg }),
    async propose(a) {
      const at = ref(await b.paragraphs(), a.after_paragraph);
      const d = await toolDiagram(a.mermaid);
      return {
        summary: message('agent.change.diagramPicture', { paragraph: a.after_paragraph, boxes: d.boxes, lines: d.lines }),
        preview: d.preview,
        async apply() {
          const r = await b.insertPictureAfter(at, await png(d.layout), d.layout.title ?? 'Diagram', d.source);
          return {
            result: { inserted: true, after_paragraph: a.after_paragraph, boxes: d.boxes, lines: d.lines, ...(d.notes.length ? { warnings: d.notes } : {}) },
            undo: {
              label: message('agent.undo.diagramPicture', { paragraph: a.after_paragraph }),
              async run() {
                if (!r.tag || !(await b.removeInserted(r.tag))) throw new AppError('agent.error.insertGone');
              },
            },
          };
        },
      };
    },
  });
}

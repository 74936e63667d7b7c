import type { Locale } from '../locales';

/** A document attached to a question (Ask panel, `dsplus ask --attach`), already read to text. */
export interface Attachment {
  name: string;
  markdown: string;
}

/** The question with its documents quoted before it, each named, so the model knows what it is reading. */
export function attachmentsPrompt(attachments: readonly Attachment[], question: string, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const docs = attachments.map((a) =>
    zh ? `附件《${a.name}》：\n"""\n${a.markdown.trim()}\n"""` : `Attached document "${a.name}":\n"""\n${a.markdown.trim()}\n"""`,
  );
  return `${docs.join('\n\n')}\n\n${question}`;
}

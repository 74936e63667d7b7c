import type { ChatMessage } from '../llm/types';
import type { Locale } from '../locales';

const SHAPE = `{
  "title": string,
  "date": string | null,
  "place": string | null,
  "attendees": string[],
  "summary": string,
  "topics": [{ "title": string, "points": string[] }],
  "decisions": string[],
  "actionItems": [{ "task": string, "owner": string | null, "due": string | null, "status": "open" | "in_progress" | "done" }],
  "risks": string[],
  "openQuestions": string[]
}`;

const SYSTEM: Record<Locale, string> = {
  'zh-CN': `你是一名经验丰富的会议秘书，擅长把零散的会议记录整理成规范的会议纪要。
只输出一个 JSON 对象，不要输出其他文字，结构如下：
${SHAPE}
要求：
- 只使用记录中出现的信息，不要编造；记录中没有的日期、地点、负责人、截止时间填 null。
- date 尽量写成 YYYY-MM-DD；截止时间保留记录中的说法（如“下周五”）。
- place 是开会的地点（会议室、线上会议的平台等），只有记录写明时才填，不要推测。
- summary 用 2–4 句话概括会议目的和结论。
- 每个行动项只出现一次，task 以动词开头，写清要做的事。
- status：记录写明已完成的填 "done"，写明正在做的填 "in_progress"，其余（包括没有提到进度的）一律填 "open"。
- risks 只写风险（可能出问题的事）；会上提出但还没有答案或结论的问题写进 openQuestions，不要重复写进 risks。
- 使用与会议记录相同的语言。`,
  'en-US': `You are an experienced meeting secretary who turns rough notes into clear, formal minutes.
Answer with one JSON object and nothing else, shaped like this:
${SHAPE}
Rules:
- Use only what the notes say; never invent. A date, place, owner or due date the notes do not give is null.
- Write date as YYYY-MM-DD when possible; keep due dates as the notes phrase them ("next Friday").
- place: where the meeting was held (a room, a video-call service), only when the notes say it; never guess.
- summary: 2–4 sentences on the purpose and outcome of the meeting.
- List each action item once; start each task with a verb.
- status: "done" when the notes say the item is finished, "in_progress" when they say it is under way, otherwise (including when they say nothing) "open".
- risks are only risks (things that may go wrong); questions raised and not yet answered or decided go in openQuestions, not in risks.
- Write in the same language as the notes.`,
};

export function minutesMessages(notes: string, lang: Locale, today?: string): ChatMessage[] {
  const dateHint = today ? (lang === 'zh-CN' ? `\n今天是 ${today}。` : `\nToday is ${today}.`) : '';
  const intro = lang === 'zh-CN' ? '会议记录如下：' : 'Meeting notes:';
  return [
    { role: 'system', content: SYSTEM[lang] + dateHint },
    { role: 'user', content: `${intro}\n\n${notes}` },
  ];
}

const CONDENSE: Record<Locale, string> = {
  'zh-CN': `下面是一份长会议记录的第 {i}/{n} 部分。请把它压缩成要点笔记，保留：会议名称、日期和地点、与会人、讨论的议题及要点、已做出的决定、每个行动项（事项、负责人、截止时间、进度）、风险、尚未解决的问题。不要编造，不要写开场白，使用与记录相同的语言。`,
  'en-US': `Below is part {i} of {n} of a long set of meeting notes. Condense it into point-form notes that keep: the meeting's name, date and place, attendees, topics discussed with their key points, decisions made, every action item (task, owner, due date, progress), risks, and questions left open. Invent nothing, no preamble, same language as the notes.`,
};

export function condenseMessages(chunk: string, i: number, n: number, lang: Locale): ChatMessage[] {
  return [
    { role: 'system', content: CONDENSE[lang].replace('{i}', String(i + 1)).replace('{n}', String(n)) },
    { role: 'user', content: chunk },
  ];
}

const MERGE: Record<Locale, string> = {
  'zh-CN':
    '下面是同一场会议不同部分的要点笔记。请合并成一份要点笔记：同一个行动项、决定或要点只保留一次（合并负责人、截止时间和进度），保留所有不同的信息，不要编造，使用与笔记相同的语言。',
  'en-US':
    'Below are point-form notes from consecutive parts of the same meeting. Merge them into one set of notes: keep each action item, decision and point once (combining owner, due date and progress), keep every distinct fact, invent nothing, same language as the notes.',
};

export function mergeMessages(partials: string[], lang: Locale): ChatMessage[] {
  return [
    { role: 'system', content: MERGE[lang] },
    { role: 'user', content: partials.map((p, i) => `--- ${i + 1} ---\n${p}`).join('\n\n') },
  ];
}

// Prompt frameworks that assemble a prompt from form fields. Headings follow the language of what the
// user typed (Chinese headings when any field holds Chinese), so the prompt reads as one language.

export interface RtgoFields {
  role: string;
  task: string;
  goal: string;
  objective: string;
}

export interface CoStarFields {
  context: string;
  objective: string;
  style: string;
  tone: string;
  audience: string;
  response: string;
}

const CJK = /[\u3400-\u9fff]/;

type Lang = 'zh' | 'en';

function langOf(fields: object): Lang {
  return Object.values(fields).some((v) => typeof v === 'string' && CJK.test(v)) ? 'zh' : 'en';
}

/** `## heading` and its text for every field that is filled in, in the headings' order. */
function assemble<K extends string>(headings: Record<K, string>, fields: Record<K, string>): string {
  return (Object.keys(headings) as K[])
    .filter((k) => fields[k].trim() !== '')
    .map((k) => `## ${headings[k]}\n${fields[k].trim()}`)
    .join('\n\n');
}

const RTGO_HEADINGS: Record<Lang, Record<keyof RtgoFields, string>> = {
  zh: { role: '角色', task: '任务', goal: '目标', objective: '要求' },
  en: { role: 'Role', task: 'Task', goal: 'Goal', objective: 'Objective' },
};

/** RTGO: Role (who the model acts as), Task, Goal (what the result is for), Objective (constraints and form). */
export function buildRtgoPrompt(f: RtgoFields): string {
  return assemble(RTGO_HEADINGS[langOf(f)], f);
}

const COSTAR_HEADINGS: Record<Lang, Record<keyof CoStarFields, string>> = {
  zh: {
    context: '背景 (Context)',
    objective: '目标 (Objective)',
    style: '风格 (Style)',
    tone: '语气 (Tone)',
    audience: '受众 (Audience)',
    response: '输出格式 (Response)',
  },
  en: { context: 'Context', objective: 'Objective', style: 'Style', tone: 'Tone', audience: 'Audience', response: 'Response format' },
};

/** CO-STAR: Context, Objective, Style, Tone, Audience, Response. */
export function buildCoStarPrompt(f: CoStarFields): string {
  return assemble(COSTAR_HEADINGS[langOf(f)], f);
}

/**
 * Deep-thinking (R1-style) models plan for themselves: step-by-step instructions and "think step by
 * step" make them worse. True when a prompt looks like it dictates steps, so the UI can show the advice.
 */
export function looksStepByStep(prompt: string): boolean {
  return /step[- ]by[- ]step|first,.*then|一步一步|逐步|第一步|首先[\s\S]*然后|^\s*(步骤|step)\s*\d/im.test(prompt);
}

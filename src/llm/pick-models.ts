/** A model name that reads as a reasoning model (R1, "reasoner", "thinking", V4 Pro). */
const DEEP_NAME = /r1|reason|think|pro/i;

/**
 * The fast and deep models to offer from a server's own list: the current choices where the server still
 * lists them, otherwise its first model for fast and its first reasoning-looking model for deep. The list
 * is the server's word; names it does not list are never kept.
 */
export function pickListedModels(list: readonly string[], current: { fastModel: string; deepModel: string }): { fastModel: string; deepModel: string } {
  if (!list.length) return current;
  const fastModel = list.includes(current.fastModel) ? current.fastModel : (list.find((m) => !DEEP_NAME.test(m)) ?? list[0]);
  const deepModel = list.includes(current.deepModel) ? current.deepModel : (list.find((m) => DEEP_NAME.test(m)) ?? list[0]);
  return { fastModel, deepModel };
}

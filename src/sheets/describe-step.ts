import type { Message } from '../messages';
import { operation, type PlanStep } from './ops';

// A cleaning step as a sentence a user reads ("去掉所有列首尾空格", "把“下单日期”列转成 2024-01-05 格式"),
// as a Message the pane or the CLI translates; each operation's sentence is in its file under ops/. The
// step's JSON stays available behind "advanced".
export function describeStep(step: PlanStep): Message {
  return operation(step.op).describe(step);
}

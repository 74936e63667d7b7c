import type { Command } from 'commander';
import { withProviderOptions, type ProviderFlags } from '../options';

export function registerDoctor(program: Command): void {
  const cmd = program.command('doctor').description('Check the provider configuration with one tiny request (models, balance, or the exact error)');
  withProviderOptions(cmd).action(async (opts: ProviderFlags) => (await import('../actions/doctor')).doctorAction(opts));
}

import type { Command } from 'commander';
import { withProviderOptions } from '../options';
import type { RelayFlags } from '../actions/relay';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerRelay(program: Command): void {
  const cmd = program
    .command('relay')
    .description('Serve the provider to the task pane from this computer: the key stays here, the pane sends none (Settings → "Through the local relay")')
    .option('--port <n>', 'port to listen on', '8787')
    .option('--host <address>', 'listen on this address instead of 127.0.0.1 and ::1 (a non-loopback address needs a token; one is generated)')
    .option('--allow-origin <url>', 'also answer browser pages from this origin (repeatable); the add-in’s own origins are always allowed', collect)
    .option('--token <token>', 'require this token from the pane (header x-dsplus-relay-token)');
  withProviderOptions(cmd).action(async (opts: RelayFlags) => (await import('../actions/relay')).relayAction(opts));
}

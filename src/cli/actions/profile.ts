import { profileTable } from '../../sheets/profile';
import { profileToMarkdown } from '../../sheets/render';
import { cliTranslate } from '../report-error';
import { readTableArg } from './table-arg';

export interface ProfileFlags {
  sheet?: string;
  json?: boolean;
}

export async function profileAction(data: string, o: ProfileFlags): Promise<void> {
  const profile = profileTable((await readTableArg(data, o.sheet)).table);
  process.stdout.write(o.json ? `${JSON.stringify(profile, null, 2)}\n` : profileToMarkdown(profile, cliTranslate()));
}

// What both adoption tests share: the README's "Start a new site" commands, run as a new team would.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, withoutTestRunnerVariables } from './build-site.ts';

/** Words of our first site that must never reach another team's output. */
export const FIRST_SITE_WORDS = /stretch.?mark|microderm|striae|cocoa|Stretch Mark Evidence/i;

// A new team's shell: no test-runner variables; the npm cache is preferred, as CI has it after `npm ci`;
// npx's "Ok to proceed? (y)" (asked at a terminal, refused without one) is answered yes.
const env = { ...withoutTestRunnerVariables(process.env), NO_COLOR: '1', FORCE_COLOR: '0', npm_config_prefer_offline: 'true', npm_config_yes: 'true' };

/** The environment of a new team's shell. */
export function newTeamEnv(): NodeJS.ProcessEnv {
  return { ...env };
}

/** Runs a command as the new team would; fails with its output when it fails. */
export function run(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, ...extraEnv }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`.slice(-6000));
  return `${result.stdout}${result.stderr}`;
}

/** The shell lines of the README's "Start a new site" section, exactly as written there. */
export function readmeStartCommands(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Start a new site'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md: no ```sh block under "## Start a new site".');
  return block.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

/** Every file under `dir`, recursively. */
export function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

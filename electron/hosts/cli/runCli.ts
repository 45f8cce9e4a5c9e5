import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import { resolveDataDir } from '../../core/app/dataDir';
import { startRuntime, type Runtime } from '../../core/runtime';
import { commands } from './commands';
import { terminalSafe } from './terminalText';
import { CliFailure, type CliContext, type CliIo } from './types';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: briefwright [--data-dir DIR] <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --data-dir DIR  the library folder (default: $XDG_DATA_HOME/briefwright or ~/.local/share/briefwright)',
    '  --no-sample     a new library starts empty instead of with the sample sources',
    '  --json          machine-readable output (on every command)',
    '  -h, --help      show help (also: briefwright <command> --help)',
  ].join('\n');
}

/** Pulls the global `--data-dir` and `--no-sample` out of argv wherever they appear. */
function takeDataDir(argv: string[]): { dataDir?: string; sample: boolean; rest: string[] } {
  const rest: string[] = [];
  let dataDir: string | undefined;
  let sample = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--no-sample') sample = false;
    else if (arg === '--data-dir') {
      dataDir = argv[++i];
      if (dataDir === undefined) throw new CliFailure('--data-dir needs a folder', 2);
    } else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else rest.push(arg);
  }
  return { dataDir, sample, rest };
}

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Every line leaves through here, so no library text can reach the terminal as a command.
  const io: CliIo = {
    ...rawIo,
    out: (line) => rawIo.out(terminalSafe(line)),
    err: (line) => rawIo.err(terminalSafe(line)),
  };
  let runtime: Runtime | undefined;
  try {
    const { dataDir, sample, rest } = takeDataDir(argv);
    const [name, ...commandArgs] = rest;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.out(usage());
      return name === undefined ? 2 : 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
      io.err(`briefwright: unknown command '${name}'\n\n${usage()}`);
      return 2;
    }
    if (commandArgs.includes('--help') || commandArgs.includes('-h')) {
      io.out(`Usage: ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    const resolvedDir = resolveDataDir(dataDir);
    runtime = startRuntime({
      dataDir: resolvedDir,
      sample,
      onBackupError: (error) => io.err(`briefwright: the daily backup failed: ${error.message}`),
    });
    await runtime.startupBackup;
    const { call } = runtime;
    const logPath = runtime.log.path;
    const ctx: CliContext = {
      dataDir: resolvedDir,
      core: runtime.core,
      io,
      async call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
        const result = await call(method, input);
        if (!result.ok && result.error.code === 'internal')
          throw new CliFailure(`${result.error.message} (${logPath})`);
        if (!result.ok) throw new CliFailure(result.error.message);
        return result.value as ApiOutput<M>;
      },
    };
    return await command.run(commandArgs, ctx);
  } catch (error) {
    const exitCode = error instanceof CliFailure ? error.exitCode : 1;
    io.err(`briefwright: ${(error as Error).message}`);
    return exitCode;
  } finally {
    runtime?.shutdown();
  }
}

import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import type { CoreContext } from '../../core/context';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /**
   * Runs `handler` on Ctrl+C (SIGINT) until the returned function is called; while a handler is
   * registered, Ctrl+C no longer kills the process outright. Absent where there is no terminal.
   */
  onInterrupt?(handler: () => void): () => void;
}

export interface CliContext {
  /** Calls the contract exactly as the other transports do; throws CliFailure on an API error. */
  call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  dataDir: string;
  /** The open library, for the few host-only operations outside the contract (backup to a file). */
  core: CoreContext;
  io: CliIo;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[], ctx: CliContext): Promise<number>;
}

export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

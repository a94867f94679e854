/** The shape of a `logveil` subcommand (its one-line summary is in main.ts, which loads it on use). */
export interface Command {
  readonly name: string;
  /** The whole text of `logveil <name> --help`, with an example. */
  readonly help: string;
  run(argv: string[], io: CommandIo): Promise<number>;
}

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** The database was written by a newer Briefwright; opening it could lose data. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly path: string,
    readonly fileVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `The library at ${path} was created by a newer version of Briefwright ` +
        `(schema ${fileVersion}; this version understands up to ${knownVersion}). ` +
        `Update Briefwright to open it. The file was not changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** The file exists but is not a database we can read. */
export class DatabaseUnreadableError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`The library at ${path} could not be opened: ${reason}`);
    this.name = 'DatabaseUnreadableError';
  }
}

/**
 * A mistake in a command's arguments. `main` answers it the same way for every command: the
 * message, the command's usage text, exit code 2. `--help` is answered there too.
 */
export class UsageError extends Error {}

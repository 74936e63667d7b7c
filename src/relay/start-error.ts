import { AppError } from '../errors';

/** `dsplus relay` could not start: the port is taken or not allowed, the host is not this machine's, a flag is wrong. */
export class RelayStartError extends AppError {
  static override isInstance(e: unknown): e is RelayStartError {
    return e instanceof RelayStartError;
  }
}

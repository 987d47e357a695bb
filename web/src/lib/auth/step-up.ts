/**
 * Step-up ("sudo mode"): the API refuses a dangerous action with `step-up-required` when the admin
 * has not confirmed who they are in the last 10 minutes. The client asks the registered handler
 * (the re-authentication dialog), which resolves true once confirmed, and retries the request once.
 */
type Handler = () => Promise<boolean>;
let handler: Handler | undefined;
let pending: Promise<boolean> | undefined;

export function setStepUpHandler(next: Handler | undefined): void {
  handler = next;
}

/** Several refused requests at once share one dialog. */
export function askForStepUp(): Promise<boolean> {
  if (!handler) return Promise.resolve(false);
  pending ??= handler().finally(() => (pending = undefined));
  return pending;
}

/**
 * Watches the page for signs that a person is there (input, scrolling, the tab coming back into
 * view) and reports them through a throttled callback. Hidden tabs report nothing, so the
 * server's idle detection takes over.
 */
const interactionEvents = ["pointerdown", "pointermove", "keydown", "wheel", "scroll", "touchstart", "focus"] as const;

export interface VisibilitySource extends EventTarget {
  readonly visibilityState: string;
}

export class ActivityTracker {
  private readonly listener = () => {
    if (this.visibility?.visibilityState !== "hidden") this.onActivity();
  };

  constructor(
    private readonly target: EventTarget,
    private readonly visibility: VisibilitySource | undefined,
    private readonly onActivity: () => void,
  ) {}

  start(): void {
    for (const type of interactionEvents) this.target.addEventListener(type, this.listener, { passive: true, capture: true });
    this.visibility?.addEventListener("visibilitychange", this.listener);
  }

  stop(): void {
    for (const type of interactionEvents) this.target.removeEventListener(type, this.listener, { capture: true });
    this.visibility?.removeEventListener("visibilitychange", this.listener);
  }
}

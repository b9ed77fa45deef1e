import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs a callback once input has paused for `delay()` ms. Keystrokes only restart a timer, so
 * typing into a long text costs nothing until the pause; `flush()` runs a pending call at once
 * (before the element is removed, or when a value is set from script).
 */
export class DebounceController implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #delay: () => number;
  readonly #callback: () => void;

  constructor(host: ReactiveControllerHost, delay: () => number, callback: () => void) {
    this.#delay = delay;
    this.#callback = callback;
    host.addController(this);
  }

  get pending(): boolean {
    return this.#timer !== undefined;
  }

  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delay());
  }

  flush(): void {
    if (!this.pending) return;
    this.cancel();
    this.#callback();
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostDisconnected(): void {
    this.flush();
  }
}

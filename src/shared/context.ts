import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The community context protocol (a `context-request` event that bubbles out of shadow roots
 * until a provider of that context answers it; the protocol @lit/context speaks), in the two
 * shapes IX elements need: a consumer that follows its provider's value, and a provider.
 * Written here rather than imported because @lit/context cost 0.75 kB gzip of a bundle every
 * page downloads, for what these 60 lines do; provider.test.ts shows our consumer answered by
 * @lit/context's own provider, so the two still interoperate.
 */
export type Context<Value> = symbol & { readonly __value: Value };

export const createContext = <Value>(key: symbol) => key as Context<Value>;

type Callback<Value> = (value: Value, unsubscribe?: () => void) => void;

interface ContextEvent<Value> extends Event {
  context: Context<Value>;
  contextTarget?: Element;
  callback: Callback<Value>;
  subscribe?: boolean;
}

/** A subscribing request, or a provider's announcement; @lit/context's events carry the same fields. */
const contextEvent = <Value>(type: string, fields: Omit<ContextEvent<Value>, keyof Event>) =>
  Object.assign(new Event(type, { bubbles: true, composed: true }), fields);

/** Follows the value of the nearest provider of `context` above its host, across shadow roots. */
export class ContextConsumer<Value> implements ReactiveController {
  value?: Value;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveElement,
    private readonly context: Context<Value>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.dispatchEvent(contextEvent('context-request', { context: this.context, contextTarget: this.host, callback: this.receive, subscribe: true }));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private readonly receive: Callback<Value> = (value, unsubscribe) => {
    // A nearer provider that appeared later answers instead of the first: leave the first.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    this.value = value;
    this.host.requestUpdate();
  };
}

/** Answers requests for `context` from inside its host and tells subscribers of every new value. */
export class ContextProvider<Value> implements ReactiveController {
  /** Each subscriber's callback, with the element that asked and its one way to unsubscribe. */
  private readonly subscribers = new Map<Callback<Value>, [asker: Element, unsubscribe: () => void]>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly context: Context<Value>,
    public value?: Value,
  ) {
    host.addController(this);
    host.addEventListener('context-request', this.answer);
    // A provider that connects below this one takes over the subscribers it now stands between.
    host.addEventListener('context-provider', this.handOver);
  }

  setValue(value: Value): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const [callback, [, unsubscribe]] of this.subscribers) callback(value, unsubscribe);
  }

  hostConnected(): void {
    this.host.dispatchEvent(contextEvent('context-provider', { context: this.context, contextTarget: this.host, callback: () => {} }));
  }

  private readonly answer = (event: Event) => {
    const { context, callback, subscribe, contextTarget } = event as ContextEvent<Value>;
    const asker = (contextTarget ?? event.composedPath()[0]) as Element;
    if (context !== this.context || asker === this.host) return;
    event.stopPropagation();
    if (!subscribe) return callback(this.value as Value);
    // The same function every time: a consumer tells a new provider from the old by it.
    let subscription = this.subscribers.get(callback);
    if (!subscription) this.subscribers.set(callback, (subscription = [asker, () => this.subscribers.delete(callback)]));
    callback(this.value as Value, subscription[1]);
  };

  private readonly handOver = (event: Event) => {
    const { context, contextTarget } = event as ContextEvent<Value>;
    if (context !== this.context || (contextTarget ?? event.composedPath()[0]) === this.host) return;
    event.stopPropagation();
    for (const [callback, [asker]] of [...this.subscribers]) {
      asker.dispatchEvent(contextEvent('context-request', { context: this.context, contextTarget: asker, callback, subscribe: true }));
    }
  };
}

import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The community context protocol (a `context-request` event that bubbles out of shadow roots
 * until a provider of that context answers it; the protocol @lit/context speaks), in the two
 * shapes IX elements need: a consumer that follows its provider's value, and a provider.
 * Written here rather than imported because @lit/context cost 0.75 kB gzip of a bundle every
 * page downloads, for what these few lines do; provider.test.ts shows our consumer answered by
 * @lit/context's own provider, so the two still interoperate.
 */
export type Context<Value> = symbol & { readonly __value: Value };

export const createContext = <Value>(key: symbol) => key as Context<Value>;

type Callback<Value> = (value: Value, unsubscribe?: () => void) => void;

/** A consumer's request; @lit/context's ContextRequestEvent carries the same fields. */
interface ContextEvent<Value> extends Event {
  context: Context<Value>;
  contextTarget?: Element;
  callback: Callback<Value>;
  subscribe?: boolean;
}

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
    const request = new Event('context-request', { bubbles: true, composed: true });
    this.host.dispatchEvent(Object.assign(request, { context: this.context, contextTarget: this.host, callback: this.receive, subscribe: true }));
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

/**
 * Answers requests for `context` from inside its host and tells subscribers of every new value.
 * Unlike @lit/context's, it does not announce itself to take over subscribers of an outer
 * provider: that is for a provider upgraded after the elements inside it, and the bundle defines
 * <ix-provider> before every element that asks, while parsers and frameworks connect a parent
 * before its children. A consumer moved under a provider asks again as it reconnects.
 */
export class ContextProvider<Value> {
  /** Each subscriber's callback, with the element that asked and its one way to unsubscribe. */
  private readonly subscribers = new Map<Callback<Value>, [asker: Element, unsubscribe: () => void]>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly context: Context<Value>,
    public value?: Value,
  ) {
    host.addEventListener('context-request', this.answer);
  }

  setValue(value: Value): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const [callback, [, unsubscribe]] of this.subscribers) callback(value, unsubscribe);
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
}

import { ContextConsumer as LitContextConsumer, createContext as litCreateContext } from '@lit/context';
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextConsumer, ContextProvider, createContext } from './context.js';

const color = createContext<string>(Symbol('test color'));

class ColorProvider extends LitElement {
  readonly provider = new ContextProvider(this, color, 'red');
}
class ColorConsumer extends LitElement {
  readonly consumer = new ContextConsumer(this, color);
  renders = 0;
  override render() {
    this.renders++;
    return this.consumer.value ?? 'none';
  }
}
class LitColorConsumer extends LitElement {
  readonly consumer = new LitContextConsumer(this, { context: litCreateContext<string>(color), subscribe: true });
}
customElements.define('test-color-provider', ColorProvider);
customElements.define('test-color-consumer', ColorConsumer);
customElements.define('test-lit-color-consumer', LitColorConsumer);

const make = <T extends HTMLElement>(tag: string, parent: Node): T => parent.appendChild(document.createElement(tag) as T);

describe('context protocol (src/shared/context.ts)', () => {
  let box: HTMLElement;
  beforeEach(() => (box = make('div', document.body)));
  afterEach(() => box.remove());

  it('gives a consumer the nearest provider’s value, across shadow roots, and every change after', async () => {
    const provider = make<ColorProvider>('test-color-provider', box);
    const host = make('div', provider);
    const consumer = make<ColorConsumer>('test-color-consumer', host.attachShadow({ mode: 'open' }));
    await consumer.updateComplete;
    expect(consumer.consumer.value).to.equal('red');
    for (const value of ['green', 'blue', 'green']) {
      provider.provider.setValue(value);
      await consumer.updateComplete;
      expect(consumer.shadowRoot!.textContent).to.equal(value);
    }
  });

  it('stops following a provider once disconnected, and follows again when back', async () => {
    const provider = make<ColorProvider>('test-color-provider', box);
    const consumer = make<ColorConsumer>('test-color-consumer', provider);
    await consumer.updateComplete;
    consumer.remove();
    provider.provider.setValue('green');
    expect(consumer.consumer.value).to.equal('red');
    provider.append(consumer);
    expect(consumer.consumer.value).to.equal('green');
  });

  it('follows the provider a consumer is moved under', async () => {
    const outer = make<ColorProvider>('test-color-provider', box);
    const consumer = make<ColorConsumer>('test-color-consumer', outer);
    await consumer.updateComplete;
    const inner = make<ColorProvider>('test-color-provider', outer);
    inner.provider.setValue('inner');
    inner.append(consumer);
    expect(consumer.consumer.value).to.equal('inner');
    outer.provider.setValue('outer again');
    expect(consumer.consumer.value, 'the outer provider no longer reaches it').to.equal('inner');
  });

  it('answers @lit/context’s consumer too', async () => {
    const provider = make<ColorProvider>('test-color-provider', box);
    const consumer = make<LitColorConsumer>('test-lit-color-consumer', provider);
    await consumer.updateComplete;
    expect(consumer.consumer.value).to.equal('red');
    provider.provider.setValue('green');
    expect(consumer.consumer.value).to.equal('green');
  });
});

/**
 * Mounting and watching elements for the hardening suites: plain DOM mounting (open-wc's
 * fixture waits for animation frames, which never come in the background tab a parallel test
 * file runs in), settling until every IX element inside has rendered and any card has loaded,
 * and a console/error watch that silences expected warnings while counting them.
 */
import type { ReactiveElement } from 'lit';
import '../../src/index.js';
import { shadowRoots } from './inspect.js';

export type IxTag = 'ix-technique-card' | 'ix-concession-checker' | 'ix-trial-cta' | 'ix-provider';
export const ixTags: readonly IxTag[] = ['ix-technique-card', 'ix-concession-checker', 'ix-trial-cta', 'ix-provider'];

export const seedSlug = 'make-the-step-down-visibly-deliberate';

export interface ManifestAttribute {
  name: string;
  boolean: boolean;
}

// Taken before any test stubs fetch (the suites answer elements' requests themselves).
const realFetch = window.fetch.bind(window);

/** Attributes of every IX element as custom-elements.json documents them (the page-facing API). */
export async function manifestAttributes(): Promise<Map<IxTag, ManifestAttribute[]>> {
  const response = await realFetch('/custom-elements.json');
  if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status}; run \`npm run manifest\``);
  const manifest = (await response.json()) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string; type?: { text: string } }[] }[] }[];
  };
  const found = new Map<IxTag, ManifestAttribute[]>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    const tag = declaration.tagName as IxTag | undefined;
    if (!tag || !ixTags.includes(tag)) continue;
    found.set(
      tag,
      (declaration.attributes ?? []).map(({ name, type }) => ({ name, boolean: type?.text === 'boolean' })),
    );
  }
  for (const tag of ixTags) if (!found.get(tag)?.length) throw new Error(`custom-elements.json lists no attributes for <${tag}>`);
  return found;
}

/** One turn of the event loop that background-tab timer throttling cannot stretch. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

const mounted: Element[] = [];

/** Builds `<tag attr=…>children</tag>` with DOM calls (no markup parsing) and puts it on the page. */
export function mount<T extends HTMLElement = HTMLElement>(tag: string, attributes: Record<string, string> = {}, children: Node[] = []): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  document.body.append(element);
  mounted.push(element);
  return element;
}

export function unmountAll(): void {
  for (const element of mounted.splice(0)) element.remove();
}

/** A child `<script type="application/json">` holding `card`, the way a page author writes one. */
export function inlineCard(card: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof card === 'string' ? card : JSON.stringify(card);
  return script;
}

function ixElementsIn(host: Element): ReactiveElement[] {
  const scopes = [host, ...shadowRoots(host)];
  const inside = scopes.flatMap((scope) => [...scope.querySelectorAll('*')].filter((el) => el.localName.startsWith('ix-')));
  return [host, ...inside] as ReactiveElement[];
}

/**
 * Waits until `host` and every IX element inside it have rendered with nothing pending, and no
 * card is still loading (a `src` card resolves after its fetch).
 */
export async function settle(host: Element, timeoutMs = 5000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const elements = ixElementsIn(host);
    const done = await Promise.all(elements.map((el) => el.updateComplete));
    const loading = shadowRoots(host).some((root) => root.querySelector('[part~="loading"]'));
    if (done.every(Boolean) && !loading) return;
    if (performance.now() > deadline) throw new Error(`<${host.localName}> did not settle in ${timeoutMs} ms`);
    await nextTask();
  }
}

export interface PageWatch {
  /** Every console.warn, as one string each (silenced: these tests provoke them on purpose). */
  readonly warnings: string[];
  /** console.error calls, uncaught errors and unhandled rejections: each is a failure. */
  readonly errors: string[];
  restore(): void;
}

/** Silences and records warnings; records every error a page would see. */
export function watchPage(): PageWatch {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  const text = (args: unknown[]) => args.map((arg) => (arg instanceof Error ? arg.stack ?? arg.message : String(arg))).join(' ');
  console.warn = (...args: unknown[]) => void warnings.push(text(args));
  console.error = (...args: unknown[]) => void errors.push(text(args));
  const onError = (event: ErrorEvent) => void errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => void errors.push(`unhandled rejection: ${text([event.reason])}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    warnings,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A real pause (not a task turn): long enough for a failed image load or a timer to fire. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

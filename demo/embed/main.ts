/**
 * Starts the embed builder. It reads, beside the page:
 * - custom-elements.json: every element's attributes and tokens (the form is made from it);
 * - ix-widgets.json: the release's version and the integrity hash of the built
 *   dist/ix-widgets.js, where this server serves those exact bytes, and the embed site's address
 *   the link forms point to (IX_EMBED_BASE at build) — the dev server computes it from the file and
 *   the environment, scripts/build-demo.mjs writes it into dist-demo/, the test server answers it.
 */
import { techniques } from '../../src/generated/techniques.js';
import { elementOptions, type ManifestLike } from '../../src/embed/element-options.js';
import { EmbedBuilder } from './builder.js';

interface BundleJson {
  version: string;
  integrity: string;
  /** Relative to ix-widgets.json. */
  src: string;
  /** The embed site's address this builder was built for (IX_EMBED_BASE); absent in older files. */
  embedBase?: string;
}

async function json<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  // The dev server says why (e.g. the bundle is not built yet); say it too.
  if (!response.ok) throw new Error(`${url.pathname} answered HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return (await response.json()) as T;
}

async function main(root: HTMLElement): Promise<void> {
  const manifestUrl = new URL('custom-elements.json', document.baseURI);
  const bundleUrl = new URL('ix-widgets.json', document.baseURI);
  try {
    const [manifest, bundle] = await Promise.all([json<ManifestLike>(manifestUrl), json<BundleJson>(bundleUrl)]);
    const builder = new EmbedBuilder(
      root,
      {
        options: elementOptions(manifest),
        bundle: { version: bundle.version, integrity: bundle.integrity },
        bundleSrc: new URL(bundle.src, bundleUrl).href,
        catalog: techniques,
        embedBase: bundle.embedBase,
      },
      location.search,
    );
    builder.start();
  } catch (error) {
    root.replaceChildren();
    const message = document.createElement('p');
    message.className = 'problem';
    message.setAttribute('role', 'alert');
    message.textContent = `The embed builder could not start: ${error instanceof Error ? error.message : String(error)}. With \`npm start\` the bundle is built first; from dist-demo/, run \`npm run build\`.`;
    root.append(message);
  }
}

const root = document.querySelector<HTMLElement>('#builder');
if (root) void main(root);

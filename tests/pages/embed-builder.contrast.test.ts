/**
 * The builder's contrast readout checks every text colour on every background the element
 * really paints: the test walks the preview's rendered shadow trees (nested calls to action
 * included), measures each text run's colour on the background behind it, and finds each pair in
 * the readout. And the pair a blogger with a dark page and an orange accent hit — button text on
 * the accent, 3.54:1 — is flagged.
 */
import { expect } from '@open-wc/testing';
import { contrastRatio, over, type Rgba } from '../../demo/embed/contrast.js';
import { closeAllPages, waitInPage } from '../support/page-frame.js';
import { openBuilder, type Builder } from './embed-builder-page.js';

const slug = 'make-the-step-down-visibly-deliberate';

/** Any CSS colour the browser computes (rgb(), color(srgb …) from color-mix()) as sRGB bytes, through a canvas. */
function rgbaOf(doc: Document, colour: string): Rgba {
  const context = doc.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** The element a node's box sits in, across shadow boundaries (a shadow root's child sits in its host). */
const parentOf = (element: Element): Element | null => element.assignedSlot ?? element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);

interface Painted {
  where: string;
  ratio: number;
}

/** Every element under `host` (through shadow roots) that shows text of its own, with the contrast of that text on what is behind it. */
function paintedText(host: Element): Painted[] {
  const doc = host.ownerDocument;
  const win = doc.defaultView!;
  const found: Painted[] = [];
  const visit = (root: Element | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      // A <slot>'s fallback text has no box of its own (display: contents): its parent's box shows it.
      const box = element.localName === 'slot' ? parentOf(element)! : element;
      if (!ownText || !box.checkVisibility({ visibilityProperty: true })) continue;
      const layers: Rgba[] = [];
      for (let at: Element | null = element; at; at = parentOf(at)) {
        const layer = rgbaOf(doc, win.getComputedStyle(at).backgroundColor);
        if (layer[3] > 0) layers.push(layer);
        if (layer[3] === 1) break;
      }
      const ground = layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
      const text = rgbaOf(doc, win.getComputedStyle(element).color);
      found.push({ where: `<${element.localName} part="${element.getAttribute('part') ?? ''}" class="${element.getAttribute('class') ?? ''}">`, ratio: contrastRatio(text, ground) });
    }
  };
  visit(host.shadowRoot!);
  return found;
}

const readout = (builder: Builder) =>
  [...builder.root.querySelectorAll<HTMLTableRowElement>('.contrast tbody tr')].map((row) => ({
    pair: row.dataset.pair!,
    ratio: Number(/([\d.]+):1/.exec(row.cells[2]!.textContent)![1]),
    pass: row.className === 'pass',
  }));

function expectEveryPaintedPairListed(builder: Builder, tag: string) {
  const element = builder.preview().document.querySelector(`[data-embed-slot] ${tag}`)!;
  const painted = paintedText(element);
  expect(painted.length).to.be.greaterThan(3);
  const rows = readout(builder);
  for (const { where, ratio } of painted) {
    const listed = rows.some((row) => Math.abs(row.ratio - ratio) <= 0.06);
    expect(listed, `${where} paints ${ratio.toFixed(2)}:1, not in the readout (${rows.map((r) => `${r.pair} ${r.ratio}`).join(', ')})`).to.equal(true);
  }
}

describe('embed builder: contrast of every pair the element paints', function () {
  this.timeout(40_000);
  afterEach(closeAllPages);

  it('flags button text on an orange accent in a dark card (3.54:1), and the card’s manifest lets it be set', async () => {
    const builder = await openBuilder(`?technique=${slug}&theme=dark&--ix-color-accent=%23c2410c`);
    const button = readout(builder).find((row) => row.pair === '--ix-color-on-accent on --ix-color-accent')!;
    expect(button).to.deep.equal({ pair: '--ix-color-on-accent on --ix-color-accent', ratio: 3.54, pass: false });
    expect(builder.field('#contrast-summary').textContent).to.contain('Button text on the accent (3.54:1)');
    expectEveryPaintedPairListed(builder, 'ix-technique-card');

    // The card offers the button text colour, and the fix reaches its call to action.
    await builder.type('#token-ix-color-on-accent', '#ffffff');
    expect(readout(builder).find((row) => row.pair === '--ix-color-on-accent on --ix-color-accent')!.pass).to.equal(true);
    expect(builder.snippet()).to.contain('--ix-color-on-accent: #ffffff;');
    const cta = builder.preview().document.querySelector('[data-embed-slot] ix-technique-card')!.shadowRoot!.querySelector('ix-trial-cta')!;
    const link = cta.shadowRoot!.querySelector('[part~="link"]')!;
    expect(builder.preview().window.getComputedStyle(link).color).to.equal('rgb(255, 255, 255)');
  });

  it('lists every pair the checker paints, verdict panels and marks included', async () => {
    const builder = await openBuilder('?element=ix-concession-checker&cta&examples&--ix-color-success=%2300a000');
    const checker = builder.preview().document.querySelector('[data-embed-slot] ix-concession-checker')!;
    // The common-mistake example: a verdict, failing and passing rows, marked words.
    const exampleButtons = [...checker.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="examples"] button')];
    for (const button of exampleButtons) {
      button.click();
      await waitInPage(builder.page, () => Boolean(checker.shadowRoot!.querySelector('mark')), 'marked words');
      expectEveryPaintedPairListed(builder, 'ix-concession-checker');
    }
    expect(readout(builder).find((row) => row.pair === '--ix-color-success on --ix-color-surface')!.pass).to.equal(false);
  });

  it('lists the strip’s own background when the call to action is a banner', async () => {
    const builder = await openBuilder('?element=ix-trial-cta&layout=banner&--ix-color-muted=%23888888');
    expectEveryPaintedPairListed(builder, 'ix-trial-cta');
    expect(readout(builder).map((row) => row.pair)).to.include.members(['text on banner', 'muted on banner', 'button text on hover']);
    expect(readout(builder).find((row) => row.pair === 'muted on banner')!.pass).to.equal(false);
  });
});

describe('embed builder: a way out of a failing accent', function () {
  this.timeout(40_000);
  afterEach(closeAllPages);

  const accentRows = (builder: Builder) => readout(builder).filter((row) => /accent|Links|focus|hover/.test(row.pair));
  const accentField = (builder: Builder) => builder.field<HTMLInputElement>('#token-ix-color-accent');

  it('offers, for a dark card with an orange accent, the nearest lighter orange that passes everywhere the card uses it, in one click, and the way back', async () => {
    const builder = await openBuilder(`?technique=${slug}&theme=dark&--ix-color-accent=%23c2410c`);
    const suggestion = builder.field('#accent-suggestion');
    const text = suggestion.textContent.replace(/\s+/g, ' ');
    expect(text).to.match(/a lighter shade of the same accent colour, #[0-9a-f]{6} \(now #c2410c\)/);
    expect(text).to.contain('button text on the accent');
    const hex = /#[0-9a-f]{6}/.exec(text)![0];
    // Same hue: orange stays orange (red the largest channel, blue the smallest).
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
    expect(r > g && g > b, hex).to.equal(true);

    await builder.click('#use-suggested-accent');
    expect(accentField(builder).value).to.equal(hex);
    expect(builder.snippet()).to.contain(`--ix-color-accent: ${hex};`);
    // The readout, measured in the preview again, agrees: every pair passes, the button text too.
    expect(accentRows(builder).length).to.be.at.least(3);
    expect(readout(builder).every((row) => row.pass), JSON.stringify(readout(builder))).to.equal(true);
    expect(builder.field('#contrast-summary').textContent).to.contain('Every colour pair meets WCAG AA');
    expect(builder.page.document.querySelector('#accent-suggestion')).to.equal(null);
    const cta = builder.preview().document.querySelector('[data-embed-slot] ix-technique-card')!.shadowRoot!.querySelector('ix-trial-cta')!;
    const link = cta.shadowRoot!.querySelector('[part~="link"]')!;
    expect(builder.preview().window.getComputedStyle(link).backgroundColor).to.equal(`rgb(${r}, ${g}, ${b})`);

    // Not a one-way door: the reader's own orange comes back with one click.
    expect(builder.field('#accent-change').textContent.replace(/\s+/g, ' ')).to.contain(`changed from #c2410c to ${hex}`);
    await builder.click('#accent-change button');
    expect(accentField(builder).value).to.equal('#c2410c');
    expect(builder.page.document.querySelector('#accent-suggestion')).to.not.equal(null);
  });

  it('first offers to keep a mustard accent with dark button text, checked while pointed at too, and points to the focus ring field', async () => {
    // The food blog: cream page, brown text, mustard accent; white button text on mustard fails.
    const builder = await openBuilder('?element=ix-trial-cta&--ix-color-surface=%23fdf6e3&--ix-color-text=%233b2f2f&--ix-color-accent=%23d4a017');
    const option = builder.field('#button-text-suggestion');
    // The first option, before the shade of the accent.
    expect(option.compareDocumentPosition(builder.field('#accent-suggestion')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const text = option.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('keep your accent colour #d4a017');
    expect(text).to.contain('button text while pointed at');
    const hex = /in dark text, (#[0-9a-f]{6})/.exec(text)![1]!;
    // The brown text itself fails while pointed at (4.16:1): a darker shade of that brown, not black or grey.
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
    expect(r > g && g >= b && r < 0x3b, hex).to.equal(true);
    expect(builder.field('#use-button-text').textContent.trim()).to.equal('Keep #d4a017 and use dark button text');
    // What button text cannot fix is named, with the field that does.
    expect(text).to.match(/Still below AA with it: keyboard focus ring on the background \(2\.\d\d:1, needs 3:1\)/);
    expect(option.querySelector('a')!.getAttribute('href')).to.equal('#token-ix-color-focus');
    expect(builder.field('#token-ix-color-focus')).to.not.equal(null);

    await builder.click('#use-button-text');
    expect(builder.field<HTMLInputElement>('#token-ix-color-accent').value).to.equal('#d4a017');
    expect(builder.snippet()).to.contain(`--ix-color-on-accent: ${hex};`);
    const rows = readout(builder);
    for (const pair of ['--ix-color-on-accent on --ix-color-accent', 'button text on hover']) expect(rows.find((row) => row.pair === pair)!.pass, pair).to.equal(true);
    expect(rows.find((row) => row.pair === '--ix-color-focus on --ix-color-surface')!.pass).to.equal(false);
    expect(builder.page.document.querySelector('#button-text-suggestion')).to.equal(null);
    // And back.
    await builder.click('#button-text-change button');
    expect(builder.snippet()).to.not.contain('--ix-color-on-accent: ');
    expect(builder.page.document.querySelector('#button-text-suggestion')).to.not.equal(null);
  });

  it('offers a darker orange where #f97316 fails on a light card, for the checker’s verdicts too', async () => {
    const builder = await openBuilder('?element=ix-concession-checker&cta&--ix-color-accent=%23f97316');
    expect(readout(builder).find((row) => row.pair === '--ix-color-accent on --ix-color-surface')!.pass).to.equal(false);
    const text = builder.field('#accent-suggestion').textContent.replace(/\s+/g, ' ');
    expect(text).to.match(/a darker shade of the same accent colour, #[0-9a-f]{6} \(now #f97316\)/);
    expect(text).to.contain('the “partly” verdict’s icon');
    await builder.click('#use-suggested-accent');
    expect(readout(builder).every((row) => row.pass), JSON.stringify(readout(builder))).to.equal(true);
  });

  it('says so when no shade of the accent can pass, because white button text and a dark background pull opposite ways', async () => {
    const builder = await openBuilder(`?technique=${slug}&theme=dark&--ix-color-accent=%23f97316&--ix-color-on-accent=%23ffffff`);
    const note = builder.field('#accent-suggestion');
    expect(note.textContent.replace(/\s+/g, ' ')).to.match(/No lighter or darker shade of the accent colour is readable in every place.*Change the button text colour/);
    expect(builder.page.document.querySelector('#use-suggested-accent')).to.equal(null);
  });

  it('offers nothing while every pair with the accent passes', async () => {
    const builder = await openBuilder(`?technique=${slug}&theme=dark&--ix-color-accent=%23f97316`);
    expect(accentRows(builder).every((row) => row.pass)).to.equal(true);
    expect(builder.page.document.querySelector('#accent-suggestion')).to.equal(null);
  });
});

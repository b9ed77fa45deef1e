/**
 * A social image per embed page (1200×630 PNG, the size Open Graph and Twitter's large card
 * show), drawn at build time: an SVG of the page's title and summary, rendered by resvg
 * (@resvg/resvg-js: the Rust SVG renderer, its Linux, macOS and Windows binaries shipped as npm
 * packages, so it installs from the registry alone and downloads nothing when it runs; a
 * headless browser would add a browser to every build). Text is set in Liberation Sans, the
 * font the browser tests already assume; without it, resvg uses the system's sans-serif.
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { escape } from './html.js';
import { socialImage } from './page-html.js';

const fontDir = '/usr/share/fonts/truetype/liberation';
const fontFiles = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map((file) => `${fontDir}/${file}`).filter((file) => existsSync(file));

/**
 * Breaks text into at most `maxLines` lines of about `perLine` characters (an average glyph is
 * about half the font size wide), the last one ending in "…" when the text goes on.
 */
export function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [index, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      const rest = words.slice(index).length > 0;
      lines.push(rest ? `${line.replace(/[,.;:]?$/, '')}…` : line);
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

export function socialSvg(title: string, summary: string, label: string): string {
  const { width, height } = socialImage;
  const titleLines = wrap(title, 30, 3);
  const summaryLines = wrap(summary, 58, 4 - Math.max(0, titleLines.length - 2));
  const text = (lines: string[], y: number, size: number, attributes: string) =>
    lines.map((line, i) => `<text x="80" y="${y + i * size * 1.25}" font-size="${size}" ${attributes}>${escape(line)}</text>`).join('');
  const titleTop = 200;
  const summaryTop = titleTop + titleLines.length * 64 * 1.25 + 30;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#14213d"/>`,
    `<rect x="0" y="0" width="24" height="${height}" fill="#9db9ff"/>`,
    `<text x="80" y="110" font-size="30" font-family="Liberation Sans, sans-serif" font-weight="bold" fill="#9db9ff" letter-spacing="2">${escape(label.toUpperCase())}</text>`,
    text(titleLines, titleTop, 64, 'font-family="Liberation Sans, sans-serif" font-weight="bold" fill="#ffffff"'),
    text(summaryLines, summaryTop, 34, 'font-family="Liberation Sans, sans-serif" fill="#dfe6f5"'),
    `<text x="80" y="${height - 60}" font-size="28" font-family="Liberation Sans, sans-serif" fill="#9db9ff">IX Coach</text>`,
    '</svg>',
  ].join('');
}

export function renderSocialImage(title: string, summary: string, label: string): Buffer {
  const svg = socialSvg(title, summary, label);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'Liberation Sans' },
  });
  return resvg.render().asPng();
}

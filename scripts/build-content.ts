/**
 * Compiles everything in content/ into the modules under src/generated/ that the elements import.
 * Each generator parses and validates its own kind of content and returns module source; this
 * file only writes the results, so a broken file stops the build before anything is written.
 *
 *   npm run content            compile content/ (run by start, test, build and storybook)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from './content/content-error.js';
import { generators } from './content/generators.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildContent(contentDir = join(root, 'content')): Promise<string[]> {
  const outputs = [];
  for (const generate of generators) outputs.push(...(await generate(contentDir)));
  const written: string[] = [];
  for (const { file, source } of outputs) {
    const target = join(root, 'src/generated', file);
    const previous = await readFile(target, 'utf8').catch(() => undefined);
    // Unchanged output is left alone so watchers (vite, storybook) don't reload for nothing.
    if (previous === source) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, source);
    written.push(relative(root, target));
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildContent().then(
    (written) => console.log(written.length ? `content: wrote ${written.join(', ')}` : 'content: up to date'),
    (error: unknown) => {
      if (error instanceof ContentError) {
        console.error(`content error in ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}

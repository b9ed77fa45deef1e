import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scriptTag } from '../src/embed/snippet.js';
import { bundleInfo } from './bundle-info.mjs';
import { cdnScriptLine, withCurrentScriptTag } from './readme-snippet.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe("README's quick start", () => {
  it('pins the version and the integrity hash of the built dist/ix-widgets.js', () => {
    const lines = readme.match(cdnScriptLine) ?? [];
    assert.ok(lines.length > 0, 'README.md has no <script> line loading ix-widgets from the CDN');
    const current = scriptTag(bundleInfo());
    for (const line of lines) {
      assert.equal(
        line,
        current,
        'README.md pins another version or integrity hash than the built dist/ix-widgets.js: run `npm run embed:readme` and commit README.md',
      );
    }
  });

  it('is rewritten by `npm run embed:readme` to exactly the current tag', () => {
    const stale = readme.replace(cdnScriptLine, '<script type="module" src="https://cdn.jsdelivr.net/npm/ix-widgets@0.0.9/dist/ix-widgets.js" integrity="sha384-old" crossorigin="anonymous"></script>');
    assert.notEqual(stale, readme);
    assert.equal(withCurrentScriptTag(stale), withCurrentScriptTag(readme));
    assert.ok(withCurrentScriptTag(stale).includes(scriptTag(bundleInfo())));
  });

  it('links to the embed builder', () => {
    const quickStart = readme.slice(0, readme.indexOf('\n## '));
    assert.match(quickStart, /\]\(demo\/embed\.html\)/);
  });
});

// Runs in browsers launched with a dark system preference (the `dark` group, scripts/wtr-media.mjs).
import { expectSystemMedia } from '../../../tests/support/system-media.js';
import { expectThemedCheckerAccessible } from './test-helpers/checker-fixture.js';

describe('<ix-concession-checker> accessibility, dark system', () => {
  expectSystemMedia({ colorScheme: 'dark' });

  it('is axe-clean in the light theme against a dark system preference', () => expectThemedCheckerAccessible('light'));
});

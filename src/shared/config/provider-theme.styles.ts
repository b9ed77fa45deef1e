import { css } from 'lit';

/**
 * A theme that comes from an <ix-provider> is applied through the internal `resolved-theme`
 * attribute rather than by writing the element's own `theme` attribute: the page's attribute
 * stays the page's, and an own valid `theme` always wins (it is also what `resolved-theme` holds).
 */
export const providerThemeStyles = css`
  :host([resolved-theme='light']) {
    color-scheme: light;
  }
  :host([resolved-theme='dark']) {
    color-scheme: dark;
  }
`;

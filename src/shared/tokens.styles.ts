import { css } from 'lit';

/**
 * The theme tokens every IX element shares. Hosts set the public `--ix-*` properties on the
 * element or any ancestor; the defaults below apply only where the page sets nothing.
 *
 * Sizes follow the text the element sits in: the font size defaults to the surrounding text's
 * (`1em`, never under 14px) and every length derives from it in `em`, because `rem` is the page
 * author's unit and many themes shrink it (`html { font-size: 62.5% }`).
 *
 * `all: initial` on the shadow tree's own top boxes cuts off every property the page's text would
 * pass down (alignment, case, spacing, wrapping, style, weight, indent, line height…): the
 * element's text is typeset by these rules, whatever wraps it. It is not on `:host`, where any
 * page rule that selects the element (`*`, `main *`) would beat it. Only the font family is taken back from the page, and
 * `direction` (which `all` leaves alone) still follows the page's language direction, since
 * headings, labels and terms can be in the page's language and the layout uses logical sides.
 *
 * Light and dark defaults are one `light-dark()` pair each, resolved by the `resolved-theme`
 * attribute the element keeps up to date (src/shared/page-scheme.ts).
 *
 * Nothing here uses `!important` (except the reduced-motion kill switch), and every rule sits
 * in the shadow root, so a host's own `ix-… {}` or `::part()` rule always wins: that is how a
 * page overrides the default `margin-block` that keeps the element off its neighbours.
 */
export const tokenStyles = css`
  :host {
    --_ix-accent: var(--ix-color-accent, light-dark(#2f5bd3, #9db9ff));
    --_ix-on-accent: var(--ix-color-on-accent, light-dark(#ffffff, #0d1426));
    --_ix-text: var(--ix-color-text, light-dark(#1d2330, #e8ebf2));
    --_ix-muted: var(--ix-color-muted, light-dark(#4f586b, #b3bccd));
    --_ix-surface: var(--ix-color-surface, light-dark(#ffffff, #161b26));
    --_ix-border: var(--ix-color-border, light-dark(#c3cad8, #46506a));
    --_ix-success: var(--ix-color-success, light-dark(#17693a, #7ddba5));
    --_ix-danger: var(--ix-color-danger, light-dark(#a4262c, #ffa3a8));
    --_ix-focus: var(--ix-color-focus, var(--_ix-accent));
    --_ix-font: var(--ix-font-family, var(--_ix-prose-font, inherit));
    --_ix-size: var(--ix-font-size, max(var(--_ix-prose-size, 1em), 14px));
    --_ix-radius: var(--ix-radius, 0.5em);
    --_ix-space: var(--ix-space, 1em);

    display: block;
    margin-block: 1.5em;
    box-sizing: border-box;
    visibility: inherit;
    color-scheme: light;
    color: var(--_ix-text);
    font-family: var(--_ix-font);
    font-size: var(--_ix-size);
  }

  /* A page rule that selects the element itself (* or main *) beats any rule on :host, so the
     text styles are cut off here, on the shadow tree's own roots, where no page rule reaches.
     Only colour, family and size come through from the host; layout boxes keep the browser's. */
  :host > * {
    all: initial;
    display: revert;
    visibility: inherit;
    color-scheme: inherit;
    color: inherit;
    font-family: inherit;
    font-size: inherit;
    line-height: 1.55;
    box-sizing: inherit;
  }

  :host([resolved-theme='dark']) {
    color-scheme: dark;
  }

  /* A nested element (the call to action in a card or checker) sits flush and takes its
     parent's size as it is: an em-based --ix-font-size, or the parent's measure of the prose
     around it (followProse in shared/page-scheme.ts), must not apply twice. */
  [part~='cta'] {
    --ix-font-size: initial;
    --_ix-prose-size: initial;
    margin: 0;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_ix-focus);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  /* Windows high contrast: hand every colour back to the system palette. */
  @media (forced-colors: active) {
    :host {
      --_ix-accent: LinkText;
      --_ix-on-accent: ButtonText;
      --_ix-text: CanvasText;
      --_ix-muted: CanvasText;
      --_ix-surface: Canvas;
      --_ix-border: CanvasText;
      --_ix-success: CanvasText;
      --_ix-danger: CanvasText;
      --_ix-focus: Highlight;
    }
  }
`;

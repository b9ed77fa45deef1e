import { css } from 'lit';
import { tokenStyles } from '../../shared/tokens.styles.js';

/**
 * Sizes are in `em` of the card's own font size so the card scales with `--ix-font-size` and
 * with the page. Everything a host may want to restyle is reachable through `::part()`, and
 * nothing here is `!important`, so the host's rules win.
 *
 * The host keeps the page's text colour: fallback content (slotted while loading or under an
 * error) sits on the page's background, and the themed colour would make it unreadable when a
 * dark-mode reader opens a light page. The themed colour belongs to the card's own surface.
 */
const cardStyles = css`
  :host {
    color: inherit;
  }
  /* A card that had no plain-HTML fallback inside is laid out and painted only near the
     screen: a page of 100 cards pays for the few in view. Until first shown, its height is an
     estimate (a full card at a 46em column), then the real one (auto). A card with a fallback
     is always laid out: it keeps the fallback's height, so the page does not move on upgrade. */
  .deferred {
    content-visibility: auto;
    contain-intrinsic-size: auto 75em;
  }
  .compact {
    contain-intrinsic-size: auto 75em auto 25em;
  }
  .card {
    background: var(--_ix-surface);
    color: var(--_ix-text);
    border: 1px solid var(--_ix-border);
    border-radius: var(--_ix-radius);
    padding: calc(var(--_ix-space) * 1.25) calc(var(--_ix-space) * 1.5);
    overflow-wrap: break-word;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    margin: 0 0 calc(var(--_ix-space) * 0.5);
    line-height: 1.25;
    font-weight: 700;
  }
  [part~='title'] {
    font-size: 1.4em;
  }
  [part~='heading'] {
    font-size: 1.1em;
  }
  p,
  ol {
    margin: 0 0 calc(var(--_ix-space) * 0.75);
  }
  .summary {
    color: var(--_ix-muted);
    font-size: 1.08em;
  }
  header {
    margin-bottom: var(--_ix-space);
  }
  .section {
    margin-top: var(--_ix-space);
  }
  .section > :last-child,
  .section-body > :last-child,
  .caveat > :last-child {
    margin-bottom: 0;
  }
  [part~='steps'] {
    padding-inline-start: 1.5em;
  }
  [part~='step'] + [part~='step'] {
    margin-top: calc(var(--_ix-space) * 0.4);
  }
  [part~='step']::marker {
    color: var(--_ix-accent);
    font-weight: 700;
  }
  .evidence-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_ix-space) * 0.5) var(--_ix-space);
  }
  .badge {
    margin: 0;
    padding: 0.1em 0.65em;
    border: 1px solid var(--_ix-accent);
    border-radius: 999px;
    color: var(--_ix-accent);
    font-size: 0.9em;
    font-weight: 600;
  }
  .badge-label {
    font-weight: 400;
  }
  .caveat {
    flex: 1 1 16em;
    color: var(--_ix-muted);
    font-size: 0.95em;
    font-style: italic;
  }
  .citations {
    padding-inline-start: 1.5em;
    color: var(--_ix-muted);
    font-size: 0.95em;
  }
  cite {
    font-style: normal;
  }
  a {
    color: var(--_ix-accent);
    text-underline-offset: 0.15em;
  }
  .callout {
    padding: calc(var(--_ix-space) * 0.75) var(--_ix-space);
    border: 1px solid var(--_ix-border);
    border-inline-start: 0.3em solid var(--_ix-danger);
    border-radius: var(--_ix-radius);
    background: color-mix(in srgb, var(--_ix-danger) 7%, var(--_ix-surface));
  }
  .compact .section {
    border-top: 1px solid var(--_ix-border);
    padding-top: calc(var(--_ix-space) * 0.5);
    margin-top: calc(var(--_ix-space) * 0.5);
  }
  .compact .callout {
    border-top-width: 1px;
    padding: calc(var(--_ix-space) * 0.5) var(--_ix-space);
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    padding-block: 0.2em;
    border-radius: calc(var(--_ix-radius) / 2);
  }
  .section-body {
    padding-top: calc(var(--_ix-space) * 0.5);
  }
  .error {
    border-inline-start: 0.3em solid var(--_ix-danger);
  }
  [part~='error'] {
    margin: 0;
  }
  [part~='error'] strong {
    color: var(--_ix-danger);
  }
  .loading {
    min-height: 3em;
  }
  @media (forced-colors: active) {
    .badge,
    .callout {
      forced-color-adjust: auto;
    }
  }
`;

export const styles = [tokenStyles, cardStyles];

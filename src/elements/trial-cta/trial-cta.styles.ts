import { css } from 'lit';

export const trialCtaStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_ix-space) * 0.5);
    padding: var(--_ix-space);
    background: var(--_ix-surface);
    border: 1px solid var(--_ix-border);
    border-radius: var(--_ix-radius);
  }

  .text {
    display: grid;
    gap: calc(var(--_ix-space) * 0.35);
  }

  [part~='heading'] {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }

  p {
    margin: 0;
  }

  .terms {
    color: var(--_ix-muted);
    font-variant-numeric: tabular-nums;
  }

  .button {
    display: inline-block;
    margin-top: calc(var(--_ix-space) * 0.25);
    padding: 0.6em 1.1em;
    /* Transparent until forced colours paint it: the button keeps its shape in high contrast. */
    border: 2px solid transparent;
    border-radius: var(--_ix-radius);
    background: var(--_ix-accent);
    color: var(--_ix-on-accent);
    font-weight: 600;
    line-height: 1.3;
    text-decoration: none;
    transition: background-color 0.15s ease;
  }

  .button:hover {
    background: color-mix(in srgb, var(--_ix-accent) 82%, var(--_ix-text));
  }

  .banner {
    flex-flow: row wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ix-space);
    border-inline: 0;
    border-radius: 0;
    background: color-mix(in srgb, var(--_ix-accent) 7%, var(--_ix-surface));
  }

  /* Side by side when there is room, stacked on narrow screens: no breakpoint to guess. */
  .banner .text {
    flex: 1 1 20em;
  }

  .banner .button,
  .compact .button {
    margin: 0;
  }

  .compact {
    flex-flow: row wrap;
    align-items: center;
    gap: calc(var(--_ix-space) * 0.5) var(--_ix-space);
    padding: calc(var(--_ix-space) * 0.5) var(--_ix-space);
  }

  .compact .button {
    padding: 0.35em 0.8em;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

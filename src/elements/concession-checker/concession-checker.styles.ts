import { css } from 'lit';
import { tokenStyles } from '../../shared/tokens.styles.js';

const checkerStyles = css`
  /* The root is a panel of its own, so a themed checker stays legible on any page background. */
  .root,
  .fields,
  .results,
  .rules,
  .script {
    display: grid;
    /* A track may be narrower than its content's min-content (a textarea's 20 columns, a long
       word): on a 320px screen the fields shrink instead of pushing the panel off the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_ix-space) / 2);
    margin: 0;
  }

  .root {
    gap: var(--_ix-space);
    padding: var(--_ix-space);
  }

  .root,
  textarea,
  input,
  .verdict,
  .notice,
  .rules li,
  .words {
    background: var(--_ix-surface);
    border: 1px solid var(--_ix-border);
    border-radius: var(--_ix-radius);
  }

  textarea,
  input,
  .verdict,
  .notice,
  .rules li,
  .words {
    padding: calc(var(--_ix-space) / 2) calc(var(--_ix-space) * 0.75);
  }

  p {
    margin: 0;
  }

  label {
    font-weight: 600;
  }

  textarea,
  input,
  button {
    font: inherit;
    color: inherit;
  }

  textarea {
    min-height: 7.5em;
    resize: vertical;
  }

  ::placeholder,
  .hint,
  .fix,
  figcaption {
    color: var(--_ix-muted);
    opacity: 1;
  }

  .hint,
  .fix,
  figcaption,
  button {
    font-size: 0.9em;
  }

  .actions,
  .examples,
  .rule-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }

  button {
    cursor: pointer;
    color: var(--_ix-accent);
    background: var(--_ix-surface);
    border: 1px solid;
    border-radius: var(--_ix-radius);
    padding: 0.35em 0.8em;
    min-height: 2.75em;
  }

  button:hover {
    color: var(--_ix-on-accent);
    background: var(--_ix-accent);
  }

  .clear,
  .status {
    margin-inline-start: auto;
  }

  .verdict {
    display: flex;
    gap: 0.75em;
    border-inline-start: 0.35em solid var(--_ix-verdict);
    background: color-mix(in srgb, var(--_ix-verdict) 8%, var(--_ix-surface));
    --_ix-verdict: var(--_ix-border);
  }

  .deliberate {
    --_ix-verdict: var(--_ix-success);
  }

  .partial {
    --_ix-verdict: var(--_ix-accent);
  }

  .invisible {
    --_ix-verdict: var(--_ix-danger);
  }

  .verdict-icon {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    border: 2px solid;
    border-radius: 50%;
    font-weight: 700;
    color: var(--_ix-verdict);
  }

  .verdict strong {
    font-size: 1.1em;
  }

  .notice {
    border-style: dashed;
  }

  .rules {
    list-style: none;
    padding: 0;
  }

  .status {
    font-weight: 600;
  }

  .pass .status {
    color: var(--_ix-success);
  }

  .fail .status {
    color: var(--_ix-danger);
  }

  .words {
    position: relative;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    max-height: 24em;
    overflow: auto;
  }

  mark {
    color: inherit;
    background: color-mix(in srgb, var(--_ix-success) 16%, transparent);
    border-bottom: 2px solid var(--_ix-success);
  }

  mark.fail {
    background: color-mix(in srgb, var(--_ix-danger) 14%, transparent);
    border-bottom: 2px dashed var(--_ix-danger);
  }

  .tag {
    /* A superscript's own size (0.83em) would be 11.7px beside 14px text. */
    font-size: max(0.83em, 12px);
    font-weight: 700;
    line-height: 0;
  }

  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    mark {
      color: MarkText;
      background: Mark;
    }
  }
`;

export const styles = [tokenStyles, checkerStyles];

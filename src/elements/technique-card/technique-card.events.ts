import type { SectionName } from '../../catalog/sections.js';
import type { CardErrorReason } from './card-source.js';

/** Detail of `ix-card-view`: the card was at least half on screen (once per card). */
export interface IxCardViewDetail {
  slug: string;
}

/** Detail of `ix-card-toggle`: a compact section was opened or closed. */
export interface IxCardToggleDetail {
  slug: string;
  section: SectionName;
  open: boolean;
}

/** Why a card could not be shown. */
export type IxCardErrorReason = CardErrorReason;

/** Detail of `ix-card-error`: what the element was given and the specific message it shows. */
export interface IxCardErrorDetail {
  slug: string | undefined;
  src: string | undefined;
  reason: IxCardErrorReason;
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'ix-card-view': CustomEvent<IxCardViewDetail>;
    'ix-card-toggle': CustomEvent<IxCardToggleDetail>;
    'ix-card-error': CustomEvent<IxCardErrorDetail>;
  }
}

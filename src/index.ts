/**
 * The CDN bundle: importing this file defines every IX element (guarded, so a second copy on
 * the page only warns) and exposes the classes and the checker's analysis for scripting.
 */
// Data before code. These modules have no side effects, so evaluating them first changes nothing
// but where the bundle holds them: the checker's analysis with its rule pack (26 KB of patterns),
// the checker's example scripts and the built-in cards come ahead of Lit and the elements. gzip
// finds repeats only within the last 32 KB, and with the analysis between the card and the
// checker the two elements' code and templates could not share: −588 B gzip, −165 B brotli.
import './checker/index.js';
import './elements/concession-checker/example-scripts.js';
import './generated/techniques.js';
import './elements/provider/define.js';
import './elements/trial-cta/define.js';
import './elements/technique-card/define.js';
import './elements/concession-checker/define.js';

export { IxProvider } from './elements/provider/provider.component.js';
export { IxTrialCta } from './elements/trial-cta/trial-cta.component.js';
export { IxTechniqueCard } from './elements/technique-card/technique-card.component.js';
export { IxConcessionChecker } from './elements/concession-checker/concession-checker.component.js';
export * from './checker/index.js';
export type { IxCtaClickDetail, IxCtaClickEvent } from './elements/trial-cta/trial-cta.events.js';
export type {
  IxCardErrorDetail,
  IxCardErrorReason,
  IxCardToggleDetail,
  IxCardViewDetail,
} from './elements/technique-card/technique-card.events.js';
export type { IxConfig, IxCardInfo } from './shared/contexts.js';

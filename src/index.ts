/**
 * The CDN bundle: importing this file defines every IX element (guarded, so a second copy on
 * the page only warns) and exposes the classes and the checker's analysis for scripting.
 */
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

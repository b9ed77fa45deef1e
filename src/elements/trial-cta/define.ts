import { defineElement } from '../../shared/define.js';
import { IxTrialCta } from './trial-cta.component.js';

defineElement('ix-trial-cta', IxTrialCta);

declare global {
  interface HTMLElementTagNameMap {
    'ix-trial-cta': IxTrialCta;
  }
}

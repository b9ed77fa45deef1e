import { defineElement } from '../../shared/define.js';
import { IxConcessionChecker } from './concession-checker.component.js';

defineElement('ix-concession-checker', IxConcessionChecker);

declare global {
  interface HTMLElementTagNameMap {
    'ix-concession-checker': IxConcessionChecker;
  }
}

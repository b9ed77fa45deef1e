import { defineElement } from '../../shared/define.js';
import { IxTechniqueCard } from './technique-card.component.js';

defineElement('ix-technique-card', IxTechniqueCard);

declare global {
  interface HTMLElementTagNameMap {
    'ix-technique-card': IxTechniqueCard;
  }
}

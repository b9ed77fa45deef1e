import { defineElement } from '../../shared/define.js';
import { IxProvider } from './provider.component.js';

defineElement('ix-provider', IxProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ix-provider': IxProvider;
  }
}

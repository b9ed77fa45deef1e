import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Elements/ix-trial-cta',
  component: 'ix-trial-cta',
};
export default meta;

export const Default: StoryObj = {
  render: () => html`<ix-trial-cta></ix-trial-cta>`,
};

/**
 * Storybook controls from custom-elements.json, through the same reading of the manifest as the
 * embed builder (src/embed/element-options.ts): every attribute gets a control of its kind and its
 * default, every `--ix-*` token a colour or text control and its default, and the story renders
 * the element with exactly the attributes and tokens that differ from their defaults.
 */
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import { elementOptions, optionsOf, type AttributeOption } from '../src/embed/element-options.js';

const options = elementOptions(manifest);

function control(option: AttributeOption): ArgTypes[string]['control'] {
  switch (option.kind) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'enum':
      // Unset is a choice of its own when the element has no default (e.g. theme: follow the page).
      return option.default === undefined ? { type: 'select', labels: { '': '(not set)' } } : 'inline-radio';
    default:
      return 'text';
  }
}

/** Controls, defaults and docs for every attribute and token of `tag`; `overrides` refine a few (e.g. a list of catalog slugs). */
export function manifestControls(tag: string, overrides: Partial<ArgTypes> = {}): { args: Args; argTypes: Partial<ArgTypes> } {
  const element = optionsOf(options, tag);
  const args: Args = {};
  const argTypes: Partial<ArgTypes> = {};
  for (const option of element.attributes) {
    if (option.default !== undefined) args[option.name] = option.default;
    argTypes[option.name] = {
      name: option.name,
      description: option.description,
      control: control(option),
      ...(option.kind === 'enum' && option.values ? { options: option.default === undefined ? ['', ...option.values] : [...option.values] } : {}),
      table: {
        category: 'attributes',
        ...(option.default !== undefined ? { defaultValue: { summary: JSON.stringify(option.default) } } : {}),
      },
      ...overrides[option.name],
    };
  }
  for (const token of element.tokens) {
    argTypes[token.name] = {
      name: token.name,
      description: token.description,
      control: token.kind === 'color' ? 'color' : 'text',
      table: { category: 'css custom properties', ...(token.default ? { defaultValue: { summary: token.default } } : {}) },
      ...overrides[token.name],
    };
  }
  return { args, argTypes };
}

/**
 * The element with the attributes and tokens the args set — only those that differ from the
 * defaults, as the embed snippet writes them — so the canvas, the controls and the docs agree.
 */
export function renderElement<T extends HTMLElement = HTMLElement>(tag: string, args: Args): T {
  const element = document.createElement(tag) as T;
  const { attributes, tokens } = optionsOf(options, tag);
  for (const option of attributes) {
    const value: unknown = args[option.name];
    if (value === '' || value === false || value === option.default) continue;
    if (value === true) element.setAttribute(option.name, '');
    else if (typeof value === 'string' || (typeof value === 'number' && !Number.isNaN(value))) element.setAttribute(option.name, String(value));
  }
  for (const token of tokens) {
    const value: unknown = args[token.name];
    if (typeof value === 'string' && value.trim()) element.style.setProperty(token.name, value);
  }
  return element;
}

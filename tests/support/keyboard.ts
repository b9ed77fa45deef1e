/**
 * Real key presses, the same in Chromium, Firefox and WebKit (the server side is
 * ./keyboard-command.mjs). Keys are `KeyboardEvent.key` names: 'Tab', 'Enter', 'Shift', and a
 * space is ' ' (not 'Space', which only Chromium's launcher knows).
 */
import { executeServerCommand } from '@web/test-runner-commands';

type Action = 'press' | 'type' | 'down' | 'up';
const keyboard = (action: Action, keys: string) => executeServerCommand('ix-keyboard', { action, keys });

/** Presses and releases one key. */
export const press = (key: string) => keyboard('press', key);
/** Types `text` one character at a time, as a person would. */
export const type = (text: string) => keyboard('type', text);

/** Presses `key` with `modifier` held down ('Shift', 'Control', …). */
export async function pressWith(modifier: string, key: string, times = 1): Promise<void> {
  await keyboard('down', modifier);
  try {
    for (let i = 0; i < times; i++) await press(key);
  } finally {
    await keyboard('up', modifier);
  }
}

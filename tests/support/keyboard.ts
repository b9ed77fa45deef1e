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
/**
 * Types `text` one character at a time, as a person would. Sent a few characters per command: a
 * checker that re-checks on every key made one long payload outlast wtr's 20 s wait for a
 * command's answer on 2 busy cores, though every key arrived.
 */
export async function type(text: string): Promise<void> {
  const characters = [...text];
  for (let start = 0; start < characters.length; start += 8) await keyboard('type', characters.slice(start, start + 8).join(''));
}

/** Presses `key` with `modifier` held down ('Shift', 'Control', …). */
export async function pressWith(modifier: string, key: string, times = 1): Promise<void> {
  await keyboard('down', modifier);
  try {
    for (let i = 0; i < times; i++) await press(key);
  } finally {
    await keyboard('up', modifier);
  }
}

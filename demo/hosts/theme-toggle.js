/*
 * The host pages' own light/dark switch, done the way sites commonly do it: a button flips a
 * class or an attribute on <html> or <body>. Nothing tells the IX elements; they follow the page
 * by themselves. The button says what to flip:
 *   data-on="html|body"            where (default html)
 *   data-attribute="data-bs-theme" an attribute, or without it a class
 *   data-values="light dark"       the light and the dark value; "-" means none (no class)
 *   data-follows-os                with neither value set, the page follows the OS setting
 */
const osDark = matchMedia('(prefers-color-scheme: dark)');

for (const button of document.querySelectorAll('[data-theme-toggle]')) {
  const target = button.dataset.on === 'body' ? document.body : document.documentElement;
  const attribute = button.dataset.attribute;
  const [light, dark] = (button.dataset.values ?? 'light dark').split(' ').map((value) => (value === '-' ? null : value));
  const current = () => {
    if (attribute) return target.getAttribute(attribute);
    return [light, dark].find((name) => name && target.classList.contains(name)) ?? null;
  };
  const isDark = () => {
    const value = current();
    if (value === dark) return true;
    if (value === light && light !== null) return false;
    return 'followsOs' in button.dataset && osDark.matches;
  };
  const set = (value) => {
    if (attribute) target.setAttribute(attribute, value);
    else for (const name of [light, dark]) if (name) target.classList.toggle(name, name === value);
  };
  const show = () => button.setAttribute('aria-pressed', String(isDark()));
  button.addEventListener('click', () => {
    set(isDark() ? light : dark);
    show();
  });
  osDark.addEventListener('change', show);
  show();
}

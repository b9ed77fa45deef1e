/** Configuration shared by every IX element: schema, defaults, precedence, links, money. */
export type { IxSettings, IxSettingKey } from './schema.js';
export { cardLayer, ownSettings, readConfig, type ConfigProblem } from './read-config.js';
export { mergeConfig } from './merge.js';
export { ConfigWarnings } from './warnings.js';
export { builtInConfig, builtInWords, type ResolvedSettings } from './defaults.js';
export { cleanHref, isSafeHref, withParams } from './url.js';
export { formatCount, formatMoney, minorDigits, perDayPrice } from './money.js';
export { fill, linkLabel, placeholders, termsLine } from './terms.js';

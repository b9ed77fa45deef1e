/**
 * Calls `fn` with every match of a global regex, in order. Like `String.prototype.matchAll`
 * without its copy of the regex and its iterator: on a 200 KB script that is measurably faster.
 */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    fn(m);
    // An empty match would otherwise be found again at the same place forever.
    if (!m[0]) re.lastIndex++;
  }
}

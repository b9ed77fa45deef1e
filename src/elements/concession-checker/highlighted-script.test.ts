import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { RuleResult } from '../../checker/types.js';
import { renderHighlightedScript } from './highlighted-script.js';

function rule(id: RuleResult['id'], passed: boolean, ...evidence: [number, number][]): RuleResult {
  return { id, passed, message: `${id} message`, evidence: evidence.map(([start, end]) => ({ start, end })) };
}

function view(text: string, rules: RuleResult[]): HTMLElement {
  // A plain container, not fixture(): fixture waits a frame, and frames stall in a background tab.
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  render(renderHighlightedScript(text, rules), host);
  return host;
}

const withoutTags = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.tag, .vh').forEach((label) => label.remove());
  return copy.textContent;
};

describe('renderHighlightedScript', () => {
  it('wraps each evidence phrase in a mark labelled with its rule number and name', () => {
    const text = 'I understand. Could you help?';
    const host = view(text, [rule('acknowledges-refusal', true, [0, 12]), rule('makes-smaller-ask', true, [14, 29])]);
    const marks = [...host.querySelectorAll('mark')];
    expect(marks.map(withoutTags)).to.deep.equal(['I understand', 'Could you help?']);
    expect(marks[0]!.title).to.equal('1. Acknowledges the no (passed)');
    expect(marks[1]!.querySelector('.tag[aria-hidden="true"]')!.textContent).to.equal('2');
    expect(marks[1]!.querySelector('.vh')!.textContent).to.contain('Makes the smaller ask');
    expect(withoutTags(host)).to.equal(text);
  });

  it('splits overlapping phrases of different rules into segments that name every rule', () => {
    const text = 'that was a big ask, let me scale that back';
    const host = view(text, [
      rule('acknowledges-refusal', true, [0, 18]),
      rule('references-first-request', false, [5, 18]),
      rule('names-concession', true, [20, 42]),
    ]);
    const marks = [...host.querySelectorAll('mark')];
    expect(marks.map(withoutTags)).to.deep.equal(['that ', 'was a big ask', 'let me scale that back']);
    expect(marks[1]!.title).to.contain('Acknowledges the no').and.contain('Points back at the first ask (needs work)');
    expect(marks[1]!.className).to.equal('fail');
    expect(marks[0]!.className).to.equal('pass');
    expect(marks[1]!.querySelector('.tag[aria-hidden="true"]')!.textContent).to.equal('1,2');
    expect(withoutTags(host)).to.equal(text);
  });

  it('shows hostile markup as text, inside marks and outside them', async () => {
    const payload = '<img src=x onerror="window.__ixPwned=1"><script>window.__ixPwned=2</script>';
    const text = `${payload} I understand ${payload}`;
    const start = text.indexOf('I understand');
    const host = view(text, [rule('acknowledges-refusal', true, [0, start + 12])]);
    expect(host.querySelector('img, script')).to.equal(null);
    expect(withoutTags(host.querySelector('mark')!)).to.equal(`${payload} I understand`);
    expect(withoutTags(host)).to.equal(text);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __ixPwned?: number }).__ixPwned).to.equal(undefined);
  });
});

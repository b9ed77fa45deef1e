import { expect } from '@open-wc/testing';
import { evidence, rule } from './test-helpers.js';

const passes = (id: Parameters<typeof rule>[0], script: string, firstRequest?: string) =>
  rule(id, script, firstRequest ? { firstRequest } : undefined).passed;

describe('acknowledges-refusal', () => {
  it('passes on plain and informal acknowledgements', () => {
    for (const s of [
      'I understand — that was a big ask.',
      'Fair enough. Could you do Monday?',
      'no worries, i get it',
      'np!! could u do one call',
      'Thanks for being straight with me.',
      'Sorry for the big ask.',
      'Makes total sense.',
      'Ah gotcha. Is Friday any good?',
      "I don't blame you one bit.",
    ]) expect(passes('acknowledges-refusal', s), s).to.be.true;
  });

  it('fails on a bare OK or Fine', () => {
    for (const s of ['OK. Could you do Wednesday?', 'Fine. Could you do Wednesday?', 'Sure. Can you sign the card?']) {
      expect(passes('acknowledges-refusal', s), s).to.be.false;
    }
  });

  it('fails when the acknowledgement is negated in its clause', () => {
    expect(passes('acknowledges-refusal', "I don't understand why that's too much. Could you just do it?")).to.be.false;
    expect(passes('acknowledges-refusal', 'I never said it was a big ask.')).to.be.false;
    expect(passes('acknowledges-refusal', "I dont understand why u said no")).to.be.false;
  });

  it('passes when any speaker takes in the reply, named or not', () => {
    for (const s of ["Lumen Labs appreciates the factory's candour about the January run.", 'Noted your reply dated 12th. Kindly permit three instalments.', "The Parents' Council regrets the Board's decision."]) {
      expect(passes('acknowledges-refusal', s), s).to.be.true;
    }
  });

  it('still passes when the negation sits in another clause', () => {
    expect(passes('acknowledges-refusal', "I'm not upset at all, I understand.")).to.be.true;
    expect(passes('acknowledges-refusal', "I won't pretend I'm not disappointed, but I understand.")).to.be.true;
  });

  it('ignores acknowledgements inside quotes, straight or typographic', () => {
    expect(passes('acknowledges-refusal', 'You said "fair enough" but nothing happened. Could you do it?')).to.be.false;
    expect(passes('acknowledges-refusal', 'You said “I understand” and then left. Could you do it?')).to.be.false;
    expect(passes('acknowledges-refusal', "You said 'no worries' last time. Can you do it?")).to.be.false;
  });

  it('folds typographic apostrophes', () => {
    expect(passes('acknowledges-refusal', 'That’s totally fine.')).to.be.true;
    expect(passes('acknowledges-refusal', 'I don’t understand why that’s too much.')).to.be.false;
  });

  it('points its evidence at the phrase itself', () => {
    expect(evidence('acknowledges-refusal', 'Look, I understand. Could you read one page?')).to.deep.equal(['I understand']);
    // Offsets are into the original: a spelled-out "np" highlights the two letters typed.
    expect(evidence('acknowledges-refusal', 'np, could u read one page?')).to.deep.equal(['np']);
    // …and a dropped discourse particle ("po", "lah") stays inside the highlight as typed.
    expect(evidence('acknowledges-refusal', 'Thank you po for the quick reply lah.')).to.deep.equal(['Thank you po for the quick reply']);
  });
});

describe('names-concession', () => {
  it('passes when the step-down is said out loud', () => {
    for (const s of [
      "I'm coming down from what I asked.",
      'Let me scale that back to one weekend.',
      'Let me propose something much more reasonable.',
      'Can we meet you halfway?',
      "Here's a smaller ask: one page?",
      "I'll trim my request to an hour.",
      'lemme dial it back',
      "I'm happy to come in lower.",
    ]) expect(passes('names-concession', s), s).to.be.true;
  });

  it('fails on a smaller request made without saying so', () => {
    expect(passes('names-concession', 'Could you do one weekend?')).to.be.false;
    expect(passes('names-concession', "I'm not trying to lowball you, but could we do 5%?")).to.be.false;
  });

  it('fails when the step-down is negated', () => {
    for (const s of ["I'm not coming down from what I asked.", "I won't scale back.", "I can't scale back any further.", 'I refuse to lower my request.']) {
      expect(passes('names-concession', s), s).to.be.false;
    }
  });

  it('is not cancelled by a negation before “so I’m…”, which starts a new clause even texted without commas', () => {
    expect(passes('names-concession', "i didnt think it through so im taking it down a peg")).to.be.true;
    expect(passes('names-concession', "i didnt think so im not taking it down")).to.be.false;
  });

  it('counts backing off the first ask', () => {
    expect(passes('names-concession', "I'm backing off the full sponsorship request.")).to.be.true;
    expect(passes('names-concession', "I'm not backing off my request.")).to.be.false;
  });

  it('highlights the concession phrase', () => {
    expect(evidence('names-concession', 'Fair enough. Let me scale it back: one day?')).to.deep.equal(['scale it back']);
  });
});

describe('references-first-request', () => {
  it('passes on phrases that point back at the first ask', () => {
    for (const s of [
      'I know that was a big ask.',
      'Could you do $100 instead of $1,000?',
      'Rather than the whole retreat, would you host the dinner?',
      'My first request was too much.',
      'Since the full sponsorship isn’t possible, would you sponsor the coffee?',
    ]) expect(passes('references-first-request', s), s).to.be.true;
  });

  it('still counts a mention inside a negated clause', () => {
    expect(passes('references-first-request', "I'm not coming down from what I asked. Can you do the whole week?")).to.be.true;
    expect(passes('references-first-request', "I won't lower my request.")).to.be.true;
  });

  it('counts the amount the speaker quoted, and naming what they scale back from', () => {
    expect(passes('references-first-request', "Sorry, I can't go below the $9,000 I quoted.")).to.be.true;
    expect(passes('references-first-request', 'Let me scale back from the premium package.')).to.be.true;
    expect(passes('references-first-request', 'I just got back from the trip. Could you help?')).to.be.false;
  });

  it('counts naming the first ask even inside a negation', () => {
    expect(passes('references-first-request', "I won't pretend it wasn't a big ask.")).to.be.true;
  });

  it('does not count a negated size judgement', () => {
    expect(passes('references-first-request', "I don't understand why that's too much. Could you just do it?")).to.be.false;
  });

  it('fails when the new ask stands alone (the common mistake)', () => {
    expect(passes('references-first-request', 'Could you read the first page?')).to.be.false;
  });

  it('counts the first request’s content outside the new ask', () => {
    const first = 'Could you host the whole retreat?';
    expect(passes('references-first-request', 'Thanks for thinking about the retreat. Would you host the dinner?', first)).to.be.true;
    expect(evidence('references-first-request', 'Thanks for thinking about the retreat. Would you host the dinner?', { firstRequest: first })).to.deep.equal(['retreat']);
  });

  it('does not count the topic repeated inside the smaller ask', () => {
    const first = 'Could you co-write the whole grant application with me?';
    expect(passes('references-first-request', 'Could you spend one evening on the grant application?', first)).to.be.false;
    expect(passes('references-first-request', 'Can you lend me $100?', 'Could you lend me $1,000 until March?')).to.be.false;
  });

  it('counts the first request’s topic restricted inside the new ask ("just the thesis")', () => {
    const first = 'Could you proofread my whole thesis this weekend?';
    expect(passes('references-first-request', 'Could you proofread just the thesis introduction?', first)).to.be.true;
    expect(passes('references-first-request', 'Could you proofread the introduction of the thesis?', first)).to.be.false;
  });

  it('does not count the topic noun when it is the unit of the new offers', () => {
    const first = 'Could you buy 500 tickets for the gala?';
    expect(passes('references-first-request', 'Would 100 tickets work? Maybe 40 tickets are easier.', first)).to.be.false;
  });

  it('counts the first request’s amount anywhere', () => {
    expect(passes('references-first-request', 'Could you do $100 of the $1,000?', 'Could you lend me $1,000?')).to.be.true;
  });

  it('does not count whom the first request was addressed to', () => {
    // "Sir", "Chale", "Mr Brown" open the first ask; greeting them again points back at nothing.
    expect(passes('references-first-request', 'Noted, Sir. Thank you for replying.', 'Sir, can I take one week of leave?')).to.be.false;
    expect(passes('references-first-request', 'No wahala, chale. I hear you.', 'Chale can you drive me to Kumasi on Saturday?')).to.be.false;
    expect(passes('references-first-request', 'Okay Mr Brown, understood.', 'Mr Brown, please replace the whole roof.')).to.be.false;
    // …while what was asked for still counts.
    expect(evidence('references-first-request', 'Understood about the roof, Mr Brown.', { firstRequest: 'Mr Brown, please replace the whole roof.' })).to.deep.equal(['roof']);
  });

  it('does not count the topic where the speaker sorts it out another way', () => {
    const first = 'Could the PTA set up all the chairs for the fete?';
    expect(passes('references-first-request', "No problem, I'll sort the chairs out myself.", first)).to.be.false;
    expect(passes('references-first-request', "I'll ask someone else about the chairs.", first)).to.be.false;
    expect(passes('references-first-request', 'Understood about the chairs.', first)).to.be.true;
  });
});

describe('single-step-down', () => {
  it('fails on a cascade of successively smaller amounts', () => {
    for (const s of [
      'I understand. Could you do $300? Or $200? Even $50 would help.',
      'OK, what about three days? Two? Just one?',
      'Could you do half? If not half, then a quarter?',
      'Could you give two hours? One hour? Thirty minutes?',
      'omg could u do 1 shift? or like half a shift lol',
    ]) expect(passes('single-step-down', s), s).to.be.false;
  });

  it('fails on open-ended retreats and "or even"', () => {
    for (const s of [
      'Anything at all would help.',
      'Whatever you can spare — an hour, ten minutes, anything.',
      'One chapter, or maybe a page, or even a paragraph?',
      "Let me come down to 10% — and if that's too much, 5%, or even 2%?",
      'Could you bring a dip, crisps, honestly anything 🙏',
    ]) expect(passes('single-step-down', s), s).to.be.false;
  });

  it('fails on a fallback offered on condition that the new ask is refused too', () => {
    for (const s of [
      "I'll lower it: one month advance? Or half, then the rest next payday?",
      'Respected Madam, kindly reduce the fine to half. If not possible kindly reduce some amount at least.',
      'Sige, let me scale down: can you just do the living room? Or if really no budget, just the wall near the door.',
      'We now ask for resurfacing of the playground; and, were that also beyond the budget, repainting the lines.',
      'Would the shop do the t-shirts? No? The hats.',
    ]) expect(passes('single-step-down', s), s).to.be.false;
  });

  it('passes when the second option is offered as an equal, or the listener is let off', () => {
    for (const s of [
      'Could you do Monday? Or Tuesday, whichever suits.',
      "Could we move the fitting to next Thursday? If that's no good, the Thursday after works too.",
      "Could you do Friday? If that's not possible, no worries at all.",
      "If you can't do the whole week, could you do Friday?",
    ]) expect(passes('single-step-down', s), s).to.be.true;
  });

  it('fails on a run of smaller named options without amounts', () => {
    for (const s of [
      'Could we book the ballroom? The terrace? Honestly a table in the bar would do.',
      'Would you cover the whole tour? The flights? Even the airport taxi?',
      'We hoped for four mentors. Two would be great, or at the very minimum one.',
    ]) expect(passes('single-step-down', s), s).to.be.false;
  });

  it('highlights the run of option fragments', () => {
    expect(evidence('single-step-down', 'Any chance of the gold package? Silver? Honestly just a logo?')).to.deep.equal([
      '? Silver? Honestly just a logo?',
    ]);
  });

  it('passes on one step down, same-size alternatives and rescheduling', () => {
    for (const s of [
      'Could you lend me $100 instead of $1,000?',
      'I know 25% is a lot. Could you do 10%?',
      'Could you help on Monday or Tuesday, whichever is easier?',
      'If next week is busy, the week after is fine.',
      'Would you donate $50 now and $50 next month?',
      'Could you share it with two or three friends?',
      'Could you take two shifts, one on Monday and one on Friday?',
      'Could you take the 2pm slot?',
      'Would Tuesday suit? Or Wednesday, whichever is easier? Just let me know.',
      'Even so, could you read the summary?',
    ]) expect(passes('single-step-down', s), s).to.be.true;
  });

  it('points the evidence at the successive offers', () => {
    // …and at the "or" that offers the second one.
    expect(evidence('single-step-down', 'Could you do $300? Or $200?')).to.deep.equal(['$300', 'Or', '$200']);
  });

  it('passes with no evidence when there is one step', () => {
    expect(rule('single-step-down', 'Could you do $100?').evidence).to.deep.equal([]);
  });

  it('ignores a cascade someone else said', () => {
    expect(passes('single-step-down', 'They asked "$300? Or $200? Even $50?" Could you do $100?')).to.be.true;
  });
});

describe('makes-smaller-ask', () => {
  it('passes on questions and request forms', () => {
    for (const s of [
      'Could you read the first page?',
      'could u do one call this week',
      "I'd love it if you could share the post.",
      'Would it be possible to push the deadline by two days',
      'Any chance you could look over the intro',
      "Let's do a 15-minute call on Thursday.",
      'How does one guest post sound?',
      'Please send me the slides.',
      'One 30-minute interview?',
    ]) expect(passes('makes-smaller-ask', s), s).to.be.true;
  });

  it('fails when nothing is asked', () => {
    for (const s of ['I totally understand, that was a lot to ask. Thanks anyway.', "I'll think about it and get back to you.", 'No worries, I get it.', 'Look, I get it.']) {
      expect(passes('makes-smaller-ask', s), s).to.be.false;
    }
  });

  it('does not count asking someone else, or asking later', () => {
    for (const s of ['Ok lor, never mind, I ask my cousin.', "Then I'll ask another professor.", "I'll rework the budget before I ask you for anything else."]) {
      expect(passes('makes-smaller-ask', s), s).to.be.false;
    }
  });

  it('does not count a request quoted from someone else', () => {
    expect(passes('makes-smaller-ask', 'She said "could you help" and I said no.')).to.be.false;
  });

  it('still counts the speaker’s own request in a sentence that quotes someone', () => {
    for (const s of [
      'My boss said "keep it small", so would you review one page?',
      'You once wrote "happy to help anytime" — could you look at the intro?',
    ]) expect(passes('makes-smaller-ask', s), s).to.be.true;
  });
});

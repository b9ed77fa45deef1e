/**
 * The IX elements in a React 19 app, imported the way an npm user would. React 19 sets an element's
 * properties (not just attributes) and listens to `on<event-name>` props, so no wrappers are needed.
 * The JSX types come from `ix-widgets/react` (generated from custom-elements.json).
 */
import 'ix-widgets';
import type {} from 'ix-widgets/react';
import type { CheckResult, Verdict } from 'ix-widgets';
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** `ix-card-error`'s detail, as the element documents it. */
interface CardErrorDetail {
  reason: string;
  message: string;
}

const builtInTechnique = 'make-the-step-down-visibly-deliberate';

function App() {
  const [technique, setTechnique] = useState(builtInTechnique);
  const [variant, setVariant] = useState<'full' | 'compact'>('compact');
  const [cardProblem, setCardProblem] = useState<string>();
  const [verdict, setVerdict] = useState<Verdict>();
  const [passed, setPassed] = useState(0);
  const [total, setTotal] = useState(0);
  const [signupHref, setSignupHref] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  const onCheck = (event: CustomEvent<CheckResult>) => {
    setVerdict(event.detail.verdict);
    setPassed(event.detail.rules.filter((rule) => rule.passed).length);
    setTotal(event.detail.rules.length);
  };
  // The CTA asks before it navigates: a cancelled event keeps the visitor in the app.
  const onCtaClick = (event: CustomEvent<{ href: string }>) => {
    event.preventDefault();
    setSignupHref(event.detail.href);
    dialog.current?.showModal();
  };

  return (
    <main className="app">
      <h1>IX widgets in a React 19 app</h1>
      <p>
        Properties come from React state, events go back into it. <a href="/">All demos</a>
      </p>

      <section aria-labelledby="card-heading">
        <h2 id="card-heading">Technique card</h2>
        <fieldset>
          <legend>Card settings (app state)</legend>
          <label>
            Technique
            <select
              value={technique}
              onChange={(event) => {
                setCardProblem(undefined);
                setTechnique(event.target.value);
              }}
            >
              <option value={builtInTechnique}>Make the step-down visibly deliberate</option>
              <option value="no-such-technique">A slug the catalog lacks (error state)</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={variant === 'compact'} onChange={(event) => setVariant(event.target.checked ? 'compact' : 'full')} />
            Compact
          </label>
        </fieldset>
        <p className="app-status" role="status" data-testid="card-status">
          {cardProblem ? `Card problem: ${cardProblem}` : `Showing “${technique}” (${variant})`}
        </p>
        <ix-technique-card
          technique={technique}
          variant={variant}
          headingLevel={3}
          cta="none"
          onix-card-error={(event: CustomEvent<unknown>) => setCardProblem((event.detail as CardErrorDetail).reason)}
        />
      </section>

      <section aria-labelledby="checker-heading">
        <h2 id="checker-heading">Concession checker</h2>
        <p className="app-status" role="status" data-testid="verdict">
          {verdict && verdict !== 'empty' ? `Verdict: ${verdict} (${passed} of ${total} checks passed)` : 'Verdict: none yet, type a step-down below'}
        </p>
        <ix-concession-checker examples showFirstRequest firstRequest="Could you review the whole report by Friday?" onix-check={onCheck} />
      </section>

      <section aria-labelledby="cta-heading">
        <h2 id="cta-heading">Trial call to action</h2>
        <ix-trial-cta href="https://example.com/signup" placement="react-demo" technique={technique} onix-cta-click={onCtaClick} />
      </section>

      <dialog ref={dialog} aria-labelledby="signup-heading" data-testid="signup-dialog">
        <h2 id="signup-heading">Sign up without leaving the app</h2>
        <p>
          The call to action was intercepted (<code>preventDefault()</code> on <code>ix-cta-click</code>). It would have gone to:
        </p>
        <p>
          <code>{signupHref}</code>
        </p>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </main>
  );
}

const host = document.getElementById('app');
if (!host) throw new Error('react demo: #app is missing from react.html');
createRoot(host).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

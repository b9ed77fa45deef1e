// Records every ix-card-view event from the page's first moment (tests/e2e/card-view.test.ts).
window.__ixCardViews = [];
document.addEventListener('ix-card-view', (event) => window.__ixCardViews.push(event.detail));

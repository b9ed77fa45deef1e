/**
 * Calls `report` with the height of the page's content (the body, margin-free, a block formatting
 * context so its children's margins count) whenever it changes: on load, when a section opens,
 * when a font arrives, when the frame's width reflows the text. A ResizeObserver does the
 * watching, so nothing polls.
 */
export function watchHeight(body: HTMLElement, report: (height: number) => void): () => void {
  let last = -1;
  const measure = () => {
    const height = Math.ceil(body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    report(height);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(body);
  measure();
  return () => observer.disconnect();
}

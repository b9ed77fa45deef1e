/** Detail of `ix-cta-click`: where the link goes (with its campaign parameters) and from where. */
export interface IxCtaClickDetail {
  href: string;
  placement: string | undefined;
  technique: string | undefined;
}

export type IxCtaClickEvent = CustomEvent<IxCtaClickDetail>;

declare global {
  interface HTMLElementEventMap {
    'ix-cta-click': IxCtaClickEvent;
  }
}

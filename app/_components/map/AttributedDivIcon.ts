import { DivIcon, type DivIconOptions } from 'leaflet';

export interface AttributedDivIconOptions extends DivIconOptions {
  /** Attributes set on the icon element itself (`aria-label`, `data-place-id`, …). */
  attributes?: Record<string, string>;
  /** Custom properties set on the icon element's style (`--d: 24px`), read by the CSS. */
  cssVars?: Record<string, string>;
}

/**
 * An `L.DivIcon` that also sets attributes and custom properties on its element. Leaflet hands a
 * DivIcon the marker's current element to reuse, so changing a marker's icon (selected, label
 * moved) keeps the same element, and with it the keyboard focus.
 * Pass `iconSize: undefined` to size and centre the element in CSS.
 */
export class AttributedDivIcon extends DivIcon {
  declare options: AttributedDivIconOptions;

  constructor(options: AttributedDivIconOptions) {
    super(options);
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const element = super.createIcon(oldIcon);
    for (const [name, value] of Object.entries(this.options.attributes ?? {})) element.setAttribute(name, value);
    for (const [name, value] of Object.entries(this.options.cssVars ?? {})) element.style.setProperty(name, value);
    return element;
  }
}

import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** Where Lit puts an element it rendered, for the tick to write into. */
export interface Ref {
  value?: Element;
}

/**
 * `ref()` in a few lines: Lit hands over the element as it commits (the tick checks that it is
 * still connected). A plain directive, so the bundle does not carry lit's async directives.
 */
class RefDirective extends Directive {
  render(_ref: Ref): unknown {
    return noChange;
  }
  override update(part: ElementPart, [ref]: [Ref]): unknown {
    ref.value = part.element;
    return noChange;
  }
}
export const ref = directive(RefDirective);

// Typing delivered as a browser delivers it, for text boxes whose text also goes to the URL. Testing
// Library wraps each event in act(), which renders everything, router navigations included, before the
// next event; in the page a keystroke renders at once and the navigation later, in a transition, so the
// next keys (or an input method's next composition text) arrive before the URL has changed. These
// helpers dispatch outside act(); `settle` then lets the navigations land.
import { act } from '@testing-library/react';

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

function outsideAct(dispatch: () => void) {
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const was = env.IS_REACT_ACT_ENVIRONMENT;
  env.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    dispatch();
  } finally {
    env.IS_REACT_ACT_ENVIRONMENT = was;
  }
}

/** The box's text becomes `value`, as after a keystroke or a change of an input method's composition. */
export function input(box: HTMLElement, value: string) {
  outsideAct(() => {
    setValue.call(box, value);
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
}

/** Keys typed faster than a navigation renders: each appends to what the box shows. */
export function typeFast(box: HTMLInputElement, text: string) {
  for (const key of text) input(box, box.value + key);
}

export function composition(box: HTMLElement, phase: 'start' | 'end') {
  outsideAct(() => box.dispatchEvent(new CompositionEvent(`composition${phase}`, { bubbles: true })));
}

/** Lets pending router navigations land and render. */
export const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

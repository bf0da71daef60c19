// A text box whose text also lives in the URL (`?q=…`), so a filtered view can be shared and Back
// restores it. The box shows its own state, never the URL: the router applies a navigation some time
// after the keystroke (in a transition), and an input fed from the URL is reset to the old value
// meanwhile, which drops fast keystrokes and breaks IME composition (宋 typed in pinyin became
// `ssosonsong宋`). So the text goes to the URL once committed (not mid-composition), and the URL comes
// back into the box only when something else changed it (Back/Forward, a link): our own navigations
// are marked in their history state, and may land late or not at all (a newer one replaces them).
// That check runs on committed locations (a layout effect), not during render: done during render, it
// emptied the box now and then on a slow CPU when a navigation landed while the next character was
// being composed (tests/e2e/ime.e2e.ts, at 8× CPU throttling: 2 runs in 9 before, none in 12 after).
import { useLayoutEffect, useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';
import { NavigationType, useLocation, useNavigationType, useSearchParams } from 'react-router';

const MARK = 'urlText';

/**
 * `name`: the search param. `replace`: asked at each change sent to the URL, whether it replaces the
 * current history entry (default) or pushes a new one. Returns the param's value in the URL (committed
 * text only; it may trail the box by a navigation) and the props of the `<input>`.
 */
export function useUrlText(name: string, replace: () => boolean = () => true) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const url = params.get(name) ?? '';
  // text: what the box shows; sent: what the URL holds once our navigations land.
  const [box, setBox] = useState({ text: url, sent: url });
  const composing = useRef(false);

  const seen = useRef(location.key);
  useLayoutEffect(() => {
    if (seen.current === location.key) return;
    seen.current = location.key;
    const state: unknown = location.state;
    const ours =
      navigationType !== NavigationType.Pop && typeof state === 'object' && state !== null && MARK in state;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing from the history, an outside system
    if (!ours) setBox({ text: url, sent: url });
  }, [location.key, location.state, navigationType, url]);

  const commit = (text: string) => {
    setBox((b) => ({ ...b, text, sent: text }));
    if (text === box.sent) return;
    setParams(
      (p) => {
        if (text) p.set(name, text);
        else p.delete(name);
        return p;
      },
      { replace: replace(), preventScrollReset: true, state: { [MARK]: true } },
    );
  };

  return {
    url,
    input: {
      value: box.text,
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        const text = e.target.value;
        if (composing.current) setBox((b) => ({ ...b, text }));
        else commit(text);
      },
      onCompositionStart: () => {
        composing.current = true;
      },
      // Chromium sends the composition's last change before compositionend, Safari after: both commit.
      onCompositionEnd: (e: CompositionEvent<HTMLInputElement>) => {
        composing.current = false;
        commit(e.currentTarget.value);
      },
    },
  };
}

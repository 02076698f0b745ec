import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders `children` once the spot comes within `margin` of the viewport (at once where
 * IntersectionObserver is missing), so what sits below the fold downloads when the visitor
 * scrolls towards it rather than before the prices show. Until then the spot holds a button
 * naming what is there: keyboard users reach it with Tab, and focusing it loads the sections
 * and moves focus to their start, so the next Tab goes into them.
 */
export function WhenNear({ children, label, margin = "600px", minHeight }: { children: ReactNode; label: string; margin?: string; minHeight: string }) {
  const spot = useRef<HTMLDivElement>(null);
  const start = useRef<HTMLDivElement>(null);
  const focused = useRef(false);
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    if (near || !spot.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: margin });
    observer.observe(spot.current);
    return () => observer.disconnect();
  }, [near, margin]);
  useEffect(() => {
    if (near && focused.current) start.current?.focus();
  }, [near]);
  if (near) {
    return (
      <div ref={start} tabIndex={-1} className="when-near">
        {children}
      </div>
    );
  }
  const load = () => {
    focused.current = true;
    setNear(true);
  };
  return (
    <div ref={spot} className="below-fold" style={{ minHeight }}>
      <button type="button" className="secondary" onFocus={load} onClick={load}>
        {label}
      </button>
    </div>
  );
}

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders `children` once the spot comes within `margin` of the viewport (at once where
 * IntersectionObserver is missing), so what sits below the fold downloads when the visitor
 * scrolls towards it rather than before the prices show.
 */
export function WhenNear({ children, margin = "600px", minHeight }: { children: ReactNode; margin?: string; minHeight: string }) {
  const spot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    if (near || !spot.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: margin });
    observer.observe(spot.current);
    return () => observer.disconnect();
  }, [near, margin]);
  return near ? children : <div ref={spot} className="below-fold" style={{ minHeight }} aria-hidden="true" />;
}

import type { KeyboardEvent } from "react";

/**
 * Up and down buttons for one item of a list; Alt+↑ / Alt+↓ on either moves it too, as on the
 * rows' handles. `onMove` gets the new position.
 */
export function MoveButtons({ name, index, count, onMove }: { name: string; index: number; count: number; onMove: (position: number) => void }) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    const position = index + (e.key === "ArrowUp" ? -1 : 1);
    if (position >= 0 && position < count) onMove(position);
  };
  return (
    <span className="move-buttons">
      <button type="button" className="icon" aria-label={`Move ${name} up (Alt+Arrow keys)`} disabled={index === 0} onClick={() => onMove(index - 1)} onKeyDown={onKeyDown}>
        ↑
      </button>
      <button type="button" className="icon" aria-label={`Move ${name} down (Alt+Arrow keys)`} disabled={index === count - 1} onClick={() => onMove(index + 1)} onKeyDown={onKeyDown}>
        ↓
      </button>
    </span>
  );
}

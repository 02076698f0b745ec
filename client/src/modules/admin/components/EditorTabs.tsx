import { useRef, type KeyboardEvent, type ReactNode } from "react";

export interface Tab {
  id: string;
  label: string;
}

/**
 * Sections of the editor as tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move
 * between them; on a phone the row scrolls sideways.
 */
export function EditorTabs({ tabs, current, onSelect, children }: { tabs: Tab[]; current: string; onSelect: (id: string) => void; children: ReactNode }) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const go = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    onSelect(tab.id);
    refs.current[tab.id]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };
  return (
    <div className="editor-tabs">
      <div role="tablist" aria-label="Parts of the catalog" className="tab-row">
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            role="tab"
            type="button"
            id={`tab-${t.id}`}
            aria-selected={t.id === current}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === current ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} tabIndex={0} className="tab-panel">
        {children}
      </div>
    </div>
  );
}

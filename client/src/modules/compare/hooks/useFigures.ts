import { useEffect, useMemo, useState } from "react";
import { decimalInput } from "../../../shared/format.js";
import type { Figures } from "../../../shared/hooks/usePlanPrices.js";
import { useDebounced } from "../../../shared/hooks/useDebounced.js";
import { countOrNull, figuresFromSearch, searchFromFigures, type FigureText } from "../lib/figures-url.js";

/**
 * The visitor's figures, kept in the address (`?licensePrice=50000&termYears=2`) so a priced
 * comparison survives a reload and can be shared. The address is rewritten in place (no new
 * history entry per key), once typing pauses.
 */
export function useFigures(uses: ReadonlySet<keyof FigureText>) {
  const [text, setText] = useState<FigureText>(() => figuresFromSearch(window.location.search));
  const settled = useDebounced(text, 300);
  useEffect(() => {
    const search = searchFromFigures(settled, uses);
    if (search !== window.location.search) window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}${window.location.hash}`);
  }, [settled, uses]);
  const figures = useMemo<Figures>(
    () => ({
      licensePrice: uses.has("licensePrice") ? decimalInput(settled.licensePrice) : null,
      projectBudget: uses.has("projectBudget") ? decimalInput(settled.projectBudget) : null,
      termYears: settled.termYears,
      agents: uses.has("agents") ? countOrNull(settled.agents) : null,
      bots: uses.has("bots") ? countOrNull(settled.bots) : null,
      licenseEdition: uses.has("edition") && settled.edition ? settled.edition : null,
      goLiveDate: uses.has("goLive") && /^\d{4}-\d{2}-\d{2}$/.test(settled.goLive) ? settled.goLive : null,
    }),
    [settled, uses],
  );
  const set = <K extends keyof FigureText>(key: K, value: FigureText[K]) => setText((t) => ({ ...t, [key]: value }));
  return { text, set, figures };
}

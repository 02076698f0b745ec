import { useDraftEdit } from "../hooks/useDraftEdit.js";
import { useMoveExclusion } from "../hooks/useMoveExclusion.js";
import { useMovePriority } from "../hooks/useMovePriority.js";
import { useMoveRequestCategory } from "../hooks/useMoveRequestCategory.js";
import { MoveButtons } from "./MoveButtons.js";

type Kind = "priority" | "exclusion" | "category";

/** Moves a priority, a clause or a request category up or down its list (the order customers read). */
export function MoveClauseButtons({ kind, id, label, index, count }: { kind: Kind; id: string | number; label: string; index: number; count: number }) {
  const { slug, save } = useDraftEdit();
  const movePriority = useMovePriority();
  const moveExclusion = useMoveExclusion();
  const moveCategory = useMoveRequestCategory();
  const onMove = (position: number) => {
    const send = (revision: number) =>
      kind === "priority"
        ? movePriority.run({ slug, revision, key: String(id), position })
        : kind === "exclusion"
          ? moveExclusion.run({ slug, revision, index: Number(id), position })
          : moveCategory.run({ slug, revision, key: String(id), position });
    // A clause is named by its position, so a move changes the two positions it swaps.
    const touches =
      kind === "exclusion"
        ? [index, position].map((i) => ({ area: "EXCLUSION", key: String(i) }))
        : [{ area: kind === "priority" ? "PRIORITY" : "REQUEST_CATEGORY", key: "order" }];
    void save({ what: `the position of ${label}`, touches, send });
  };
  return <MoveButtons name={label} index={index} count={count} onMove={onMove} />;
}

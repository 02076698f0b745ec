import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useFormRevision } from "../../../client/src/modules/sales/hooks/useFormRevision.js";

const q = (lockVersion: number, id = "q1") => ({ id, lockVersion });

describe("the revision the quote builder's form started from", () => {
  it("follows a new revision at once while nothing is unsaved", () => {
    const { result, rerender } = renderHook(({ quote }) => useFormRevision(quote), { initialProps: { quote: q(3) } });
    expect(result.current.key).toBe("q1@3");
    rerender({ quote: q(4) });
    expect(result.current).toMatchObject({ key: "q1@4", behind: false });
  });

  it("keeps the rep's typing when the quote moves on (an approval seen by polling), says so, and starts afresh when asked", () => {
    const { result, rerender } = renderHook(({ quote }) => useFormRevision(quote), { initialProps: { quote: q(3) } });
    act(() => result.current.setDirty(true));
    rerender({ quote: q(4) });
    expect(result.current).toMatchObject({ key: "q1@3", behind: true });
    act(() => result.current.drop());
    expect(result.current).toMatchObject({ key: "q1@4", behind: false });
  });

  it("takes the new revision once the typing is saved, and always starts afresh on another quote", () => {
    const { result, rerender } = renderHook(({ quote }) => useFormRevision(quote), { initialProps: { quote: q(3) as { id: string; lockVersion: number } | null } });
    act(() => result.current.setDirty(true));
    rerender({ quote: q(4) });
    expect(result.current.key).toBe("q1@3");
    act(() => result.current.setDirty(false));
    rerender({ quote: q(4) });
    expect(result.current).toMatchObject({ key: "q1@4", behind: false });
    act(() => result.current.setDirty(true));
    rerender({ quote: q(1, "q2") });
    expect(result.current).toMatchObject({ key: "q2@1", behind: false });
    rerender({ quote: null });
    expect(result.current.key).toBe("new");
  });
});

import { useQuery } from "@apollo/client/react";
import type { GuaranteeBandInput } from "../../../__generated__/admin/graphql.js";
import { useDebounced } from "../../../shared/hooks/useDebounced.js";
import { CheckGuaranteeBandsDocument } from "../graphql/check-guarantee-bands.query.js";

/** Gaps and overlaps in bands as typed, found by the server (skipped while a field is not a number). */
export function useCheckGuaranteeBands(bands: GuaranteeBandInput[] | null) {
  // Debounced as text: the caller builds a new object on each render.
  const text = useDebounced(JSON.stringify(bands), 250);
  const asked = JSON.parse(text) as GuaranteeBandInput[] | null;
  const { data, previousData } = useQuery(CheckGuaranteeBandsDocument, { variables: { bands: asked ?? [] }, skip: asked === null });
  return { problems: (data ?? previousData)?.checkGuaranteeBands ?? [], checking: text !== JSON.stringify(bands) };
}

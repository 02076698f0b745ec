import { useMutation } from "@apollo/client/react";
import type { SettingsInput } from "../../../__generated__/admin/graphql.js";
import { UpdateSettingsDocument } from "../graphql/update-settings.mutation.js";

/** Saves the organisation's settings (the server checks the zone and the user). */
export function useUpdateSettings() {
  const [mutate, { loading }] = useMutation(UpdateSettingsDocument, { refetchQueries: ["AdminSettings"] });
  const updateSettings = async (input: SettingsInput) => (await mutate({ variables: { input } })).data!.updateSettings;
  return { updateSettings, saving: loading };
}

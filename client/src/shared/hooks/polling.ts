/**
 * How staff screens keep up with what others decide (an admin's approval, a new request) without
 * a reload: read again every 20 s, skipped while the tab is hidden. Spread into `useQuery` options.
 */
export const POLLING = {
  pollInterval: 20_000,
  skipPollAttempt: () => typeof document !== "undefined" && document.visibilityState === "hidden",
  // A poll must not show "Loading…" over what is on screen.
  notifyOnNetworkStatusChange: false,
} as const;

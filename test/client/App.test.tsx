import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../client/src/App.js";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("front page", () => {
  it("lists the published catalogs with their plans", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => ({
        json: async () => ({ data: { catalogs: [{ slug: "beesender", name: "Beesender", version: 1, plans: [{ key: "basic", name: "Basic" }, { key: "premium", name: "Premium" }] }] } }),
      })),
    );
    render(<App />);
    expect(screen.getByRole("status").textContent).toBe("Loading catalogs…");
    expect((await screen.findByText("Beesender")).closest("li")?.textContent).toBe("Beesender (version 1): Basic · Premium");
  });

  it("says so when the server cannot be reached", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new Error("offline"))));
    render(<App />);
    expect((await screen.findByRole("alert")).textContent).toBe("The server could not be reached.");
  });
});

import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CatalogList } from "../../client/src/modules/catalogs/components/CatalogList.js";
import { CatalogsDocument as CATALOGS } from "../../client/src/modules/catalogs/graphql/catalogs.query.js";

afterEach(cleanup);

const catalogs = [
  {
    __typename: "Catalog",
    slug: "beesender",
    version: 1,
    name: "Beesender",
    description: "Thank you for choosing Beesender. We will try our best.",
    plans: ["Basic", "Business", "Premium"].map((name) => ({ __typename: "Plan", key: name.toLowerCase(), name, pricing: { __typename: "PricingRule", summary: "x" } })),
  },
];

describe("the front page", () => {
  it("lists each catalog with its plans and a link to compare them", async () => {
    render(
      <MockedProvider mocks={[{ request: { query: CATALOGS }, result: { data: { catalogs } } }]}>
        <CatalogList />
      </MockedProvider>,
    );
    expect(screen.getByRole("status").textContent).toBe("Loading catalogs…");
    const link = await screen.findByRole("link", { name: "Compare 3 plans" });
    expect(link.getAttribute("href")).toBe("/compare/beesender");
    expect(screen.getByText("Basic · Business · Premium")).toBeTruthy();
    expect(screen.getByText("Thank you for choosing Beesender.")).toBeTruthy();
  });

  it("says so when the catalogs cannot be loaded", async () => {
    render(
      <MockedProvider mocks={[{ request: { query: CATALOGS }, error: new Error("offline") }]}>
        <CatalogList />
      </MockedProvider>,
    );
    expect((await screen.findByRole("alert")).textContent).toBe("The catalogs could not be loaded. Please try again.");
  });
});

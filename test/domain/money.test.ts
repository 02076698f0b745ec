import { describe, expect, it } from "vitest";
import { Dec, formatMoney, groupThousands, isCurrencyCode, minorDigits, roundMoney } from "../../server/domain/money.js";

describe("money", () => {
  it.each([
    ["1234.565", 2, "1234.57"],
    ["1234.564", 2, "1234.56"],
    ["0.005", 2, "0.01"],
    ["0.004999", 2, "0.00"],
    ["2.5", 0, "3"],
    ["0", 2, "0.00"],
    ["999999999999999.995", 2, "1000000000000000.00"],
  ])("rounds %s half-up to %i digits as %s", (value, digits, expected) => {
    expect(formatMoney(roundMoney(new Dec(value), digits), digits)).toBe(expected);
  });

  it("keeps decimal sums exact where binary floats drift", () => {
    expect(formatMoney(new Dec("0.1").plus("0.2"), 2)).toBe("0.30");
    expect(new Dec("0.1").plus("0.2").eq("0.3")).toBe(true);
  });

  it("knows each currency's minor unit", () => {
    expect(minorDigits("USD")).toBe(2);
    expect(minorDigits("JPY")).toBe(0);
    expect(minorDigits("BHD")).toBe(3);
  });

  it("accepts ISO 4217 codes only", () => {
    expect(isCurrencyCode("USD")).toBe(true);
    expect(isCurrencyCode("usd")).toBe(false);
    expect(isCurrencyCode("XYZ")).toBe(false);
  });

  it("groups thousands for people", () => {
    expect(groupThousands("25000.00")).toBe("25,000.00");
    expect(groupThousands("999.5")).toBe("999.5");
    expect(groupThousands("1234567")).toBe("1,234,567");
  });
});

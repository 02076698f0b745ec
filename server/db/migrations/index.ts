import { CatalogSchema1763800000000 } from "./1763800000000-catalog-schema.js";
import { AccountsAndQuotes1763900000000 } from "./1763900000000-accounts-and-quotes.js";
import { WiderQuoteTotal1764000000000 } from "./1764000000000-wider-quote-total.js";
import { QuoteApprovalOwners1796081277000 } from "./1796081277000-quote-approval-owners.js";
import { QuoteRequests1796081536000 } from "./1796081536000-quote-requests.js";
import { QuoteExpiry1796083179000 } from "./1796083179000-quote-expiry.js";
import { QuoteAcceptance1796083627000 } from "./1796083627000-quote-acceptance.js";

/** Every migration, oldest first. The server runs the pending ones at boot. */
export const MIGRATIONS = [
  CatalogSchema1763800000000,
  AccountsAndQuotes1763900000000,
  WiderQuoteTotal1764000000000,
  QuoteApprovalOwners1796081277000,
  QuoteRequests1796081536000,
  QuoteExpiry1796083179000,
  QuoteAcceptance1796083627000,
];

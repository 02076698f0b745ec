import { CatalogSchema1763800000000 } from "./1763800000000-catalog-schema.js";
import { AccountsAndQuotes1763900000000 } from "./1763900000000-accounts-and-quotes.js";
import { WiderQuoteTotal1764000000000 } from "./1764000000000-wider-quote-total.js";
import { QuoteApprovalOwners1796081277000 } from "./1796081277000-quote-approval-owners.js";
import { QuoteRequests1796081536000 } from "./1796081536000-quote-requests.js";
import { FactRows1796081599000 } from "./1796081599000-fact-rows.js";
import { QuoteSearchIndexes1796082252000 } from "./1796082252000-quote-search-indexes.js";
import { QuoteSearchNoPendingList1796096841996 } from "./1796096841996-quote-search-no-pending-list.js";
import { PublicChangeNotify1796083405000 } from "./1796083405000-public-change-notify.js";
import { QuoteExpiry1796084351000 } from "./1796084351000-quote-expiry.js";
import { QuoteAcceptance1796084352000 } from "./1796084352000-quote-acceptance.js";
import { Outbox1796086692000 } from "./1796086692000-outbox.js";
import { CatalogValidity1796092128121 } from "./1796092128121-catalog-validity.js";
import { DraftRevisions1796092150379 } from "./1796092150379-draft-revisions.js";
import { IdempotencyKeys1796092413055 } from "./1796092413055-idempotency-keys.js";

/** Every migration, oldest first. The server runs the pending ones at boot. */
export const MIGRATIONS = [
  CatalogSchema1763800000000,
  AccountsAndQuotes1763900000000,
  WiderQuoteTotal1764000000000,
  QuoteApprovalOwners1796081277000,
  QuoteRequests1796081536000,
  FactRows1796081599000,
  QuoteSearchIndexes1796082252000,
  PublicChangeNotify1796083405000,
  QuoteExpiry1796084351000,
  QuoteAcceptance1796084352000,
  Outbox1796086692000,
  CatalogValidity1796092128121,
  DraftRevisions1796092150379,
  IdempotencyKeys1796092413055,
  QuoteSearchNoPendingList1796096841996,
];

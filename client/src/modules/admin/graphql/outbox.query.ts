/* GraphQL */ `
  query Outbox($after: String, $first: Int!) {
    outbox(after: $after, first: $first) {
      messages {
        id
        kind
        to
        subject
        text
        createdAt
        sentAt
        status
        attempts
        nextAttemptAt
        lastError
      }
      nextCursor
    }
  }
`;
export { OutboxDocument, type OutboxQuery } from "../../../__generated__/admin/graphql.js";

import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider, useQuery } from "@apollo/client/react";
import { createRoot } from "react-dom/client";

/** The reference for the client's weight: the libraries the comparison page stands on, and nothing else. */
const CATALOG = gql`
  query Bare($slug: String!) {
    catalog(slug: $slug) {
      slug
      name
      plans {
        key
        name
      }
    }
  }
`;

function Page() {
  const { data } = useQuery<{ catalog: { name: string; plans: { key: string; name: string }[] } | null }>(CATALOG, { variables: { slug: "beesender" } });
  return (
    <ul>
      {data?.catalog?.plans.map((p) => (
        <li key={p.key}>{p.name}</li>
      ))}
    </ul>
  );
}

const client = new ApolloClient({ link: new HttpLink({ uri: "/graphql" }), cache: new InMemoryCache() });
createRoot(document.getElementById("root")!).render(
  <ApolloProvider client={client}>
    <Page />
  </ApolloProvider>,
);

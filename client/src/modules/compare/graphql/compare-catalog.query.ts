/* GraphQL */ `
  query CompareCatalog($slug: String!) {
    catalog(slug: $slug) {
      slug
      version
      name
      currency
      description
      plans {
        key
        name
        tagline
        forYouIf
        availability
        includedWith
        pricing {
          kind
          summary
          note
          packs {
            credits
            price
          }
        }
        calendar {
          summary
        }
        limits {
          figure
          text
        }
        slaTargets {
          priorityKey
          text
        }
      }
      featureGroups {
        key
        label
      }
      features {
        key
        label
        group
        valueType
        cells {
          planKey
          display
          note
        }
      }
      priorities {
        key
        label
        definition
      }
      exclusions {
        text
        planKeys
        heading
      }
      guaranteeBands {
        days
        label
      }
      guaranteeNote
    }
  }
`;
export { CompareCatalogDocument, type CompareCatalogQuery } from "../../../__generated__/compare/graphql.js";

import type { ApolloServerPlugin, BaseContext } from "@apollo/server";

/**
 * GraphQL answers are not to be stored (`Cache-Control: no-store`) unless something said
 * otherwise (the public cache's GET answers are revalidated instead). What Apollo's
 * cache-control plugin sent when no field gives a hint, without its per-field wrapper.
 */
export const noStorePlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has("cache-control")) response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};

package org.saytara.web;

import io.javalin.http.Context;

/** The {@code f} parameter: JSON is the one encoding served; asking for another is a 400, not a surprise. */
final class OgcFormat {
    private OgcFormat() {}

    static void check(Context ctx) {
        String f = Params.single(ctx, "f");
        if (f != null && !f.equals("json") && !f.equals("geojson") && !f.equals("application/json")
                && !f.equals("application/geo+json")) {
            throw ApiException.badRequest("'f' must be json: this service serves JSON and GeoJSON only");
        }
    }
}

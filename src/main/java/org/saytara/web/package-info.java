/**
 * The HTTP server: the page, the Leaflet WebJar, and the JSON/GeoJSON API listed in the README.
 *
 * <p>{@link org.saytara.web.Server#start} holds one immutable {@link org.saytara.web.Snapshot}
 * (corpus, gazetteer, events, timeline, layers, indexes, version) in an atomic reference. Each
 * request reads one snapshot; a posted article or a reload builds the next one off to the side and
 * swaps it in, so readers see the old state or the new one, never a mix. Handlers are plain
 * functions grouped by resource ({@code LayerRoutes}, {@code EventRoutes}, {@code PlaceRoutes},
 * {@code ArticleRoutes}, {@code MetaRoutes}, {@code AdminRoutes}); the rules they share (write
 * guard, rate limit, parameter checks, ETags, security headers, JSON errors) are small classes of
 * their own. docs/server.md describes limits, write rules and caching for operators.
 *
 * <p>This package may use every earlier stage; none of them may import it.
 */
package org.saytara.web;

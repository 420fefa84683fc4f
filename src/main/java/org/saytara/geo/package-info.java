/**
 * The wall around GeoTools and JTS: metric buffers, unions, areas and RFC 7946 GeoJSON. Every
 * {@code org.geotools} and {@code org.opengis} import of Saytara lives in this package, so GeoTools
 * can be upgraded in one place; callers see only {@link org.saytara.geo.LonLat},
 * {@link org.saytara.geo.Shape}, {@link org.saytara.geo.Disc} and {@link org.saytara.geo.Region}.
 */
package org.saytara.geo;

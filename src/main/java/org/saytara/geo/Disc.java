package org.saytara.geo;

import org.locationtech.jts.geom.Geometry;

/** A place's control area: a circle in the metric projection of the {@link Areas} that made it. */
public final class Disc {
    final Areas owner;
    final Geometry metric;

    Disc(Areas owner, Geometry metric) {
        this.owner = owner;
        this.metric = metric;
    }

    public double areaKm2() {
        return metric.getArea() / 1e6;
    }
}

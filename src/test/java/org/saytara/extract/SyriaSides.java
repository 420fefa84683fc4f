package org.saytara.extract;

/** The bundled Syria profile and its sides, for tests that speak of Tadmur and ISIS. */
public final class SyriaSides {
    public static final Profile SYRIA = Profile.syria();
    public static final Side GOVERNMENT = SYRIA.side("government");
    public static final Side OPPOSITION = SYRIA.side("opposition");
    public static final Side HTS = SYRIA.side("hts");
    public static final Side TURKEY = SYRIA.side("turkey");
    public static final Side SDF = SYRIA.side("sdf");
    public static final Side ISIS = SYRIA.side("isis");

    private SyriaSides() {}
}

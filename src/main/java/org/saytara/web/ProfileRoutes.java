package org.saytara.web;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.saytara.extract.Actor;
import org.saytara.extract.Profile;
import org.saytara.extract.Side;

/**
 * {@code GET /api/sides} and {@code GET /api/actors}: the conflict's profile, so that the page and
 * any client take sides, labels and colours from the one registry instead of keeping their own.
 * The profile is fixed for the life of the server, so both bodies are rendered once.
 */
final class ProfileRoutes {
    private final byte[] sides;
    private final byte[] actors;
    private final String version;

    ProfileRoutes(Profile profile) {
        this.sides = JsonResponses.bytes(SideList.of(profile));
        this.actors = JsonResponses.bytes(ActorList.of(profile));
        this.version = digest(sides, actors);
    }

    void sides(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        ConditionalGet.send(ctx, version, JsonResponses.JSON, () -> sides);
    }

    void actors(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        ConditionalGet.send(ctx, version, JsonResponses.JSON, () -> actors);
    }

    /**
     * @param profile the profile's name ("syria")
     * @param state   the id of the side the state phrases and official media speak for, or null
     * @param sides   in legend order
     */
    record SideList(String profile, String labelEn, String labelAr, String state, List<SideInfo> sides) {
        static SideList of(Profile p) {
            return new SideList(p.name(), p.labelEn(), p.labelAr(), p.sides().state().map(Side::code).orElse(null),
                    p.sides().all().stream().map(SideInfo::of).toList());
        }
    }

    record SideInfo(String id, String labelEn, String labelAr, String textEn, String colour) {
        static SideInfo of(Side s) {
            return new SideInfo(s.code(), s.labelEn(), s.labelAr(), s.textEn(), s.colour());
        }
    }

    record ActorList(String profile, int count, List<ActorInfo> actors) {
        static ActorList of(Profile p) {
            List<ActorInfo> list = p.actors().all().stream().map(ActorInfo::of).toList();
            return new ActorList(p.name(), list.size(), list);
        }
    }

    /**
     * @param side   the side id, or null for an actor that holds no ground of its own
     * @param colour its side's colour, or null
     * @param forms  the Arabic forms of its name, with the kind of each
     */
    record ActorInfo(String id, String side, String labelEn, String labelAr, String colour, List<Actor.Form> forms) {
        static ActorInfo of(Actor a) {
            return new ActorInfo(a.id(), a.side() == null ? null : a.side().code(), a.labelEn(), a.labelAr(),
                    a.side() == null ? null : a.side().colour(), a.forms());
        }
    }

    private static String digest(byte[] a, byte[] b) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(a);
            sha.update(b);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

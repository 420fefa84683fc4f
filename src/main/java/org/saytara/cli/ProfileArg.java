package org.saytara.cli;

import java.nio.file.Path;
import org.saytara.extract.Profile;

/** {@code --profile DIR}: the conflict's profile folder; without it, the bundled Syria profile. */
final class ProfileArg {
    static final String NAME = "profile";
    static final String HELP = """
            --profile DIR reads the sides, actors and sources of another conflict from DIR
            (docs/profile.md); without it, the bundled Syria profile is used.
            """;

    private ProfileArg() {}

    static Path dir(Args args) {
        String dir = args.get(NAME);
        return dir == null ? null : Path.of(dir);
    }

    static Profile load(Args args) {
        return Profile.loadOrBundled(dir(args));
    }
}

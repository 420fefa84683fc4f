package org.saytara.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.PhraseIndex;

/**
 * Reads a profile folder (or the bundled one) and checks every row. The first problem stops the
 * read with {@code FILE:LINE: reason}; nothing half-read is ever used.
 */
final class ProfileReader {
    static final String PROFILE = "profile.tsv", SIDES = "sides.tsv", ACTORS = "actors.tsv", SOURCES = "sources.tsv",
            RULES = "actor-rules.tsv";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    /** Words a side id may not be: the states and voices that are not sides. */
    private static final Set<String> RESERVED = Set.of("contested", "unknown", "independent", "state", "none", "all");
    private static final Set<String> ROLES = Set.of("state", "patron");
    private static final Set<String> RULE_NAMES = Set.of("force-head", "faction-head", "faction-head-weak", "affiliation",
            "affiliation-link", "group-head");

    /** Where the files come from: a folder on disk, or the class path. */
    private interface FileSource {
        /** The file's bytes, or null when it does not exist. */
        byte[] read(String file) throws IOException;

        String describe();
    }

    /** One non-blank, non-comment line, split on tabs, with its number. */
    private record Row(String file, int line, String[] cells) {
        ProfileException error(String reason) {
            return new ProfileException(file + ":" + line + ": " + reason);
        }

        String cell(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }
    }

    private final FileSource files;

    private ProfileReader(FileSource files) {
        this.files = files;
    }

    static Profile bundled(String resourceFolder) {
        return new ProfileReader(new FileSource() {
            @Override
            public byte[] read(String file) throws IOException {
                try (InputStream in = ProfileReader.class.getResourceAsStream(resourceFolder + file)) {
                    return in == null ? null : in.readAllBytes();
                }
            }

            @Override
            public String describe() {
                return "bundled";
            }
        }).read();
    }

    static Profile folder(Path dir) {
        if (!Files.isDirectory(dir)) throw new ProfileException("profile folder not found: " + dir);
        Path root;
        try {
            root = dir.toRealPath();
        } catch (IOException e) {
            throw new ProfileException("cannot open the profile folder " + dir + ": " + e.getMessage(), e);
        }
        return new ProfileReader(new FileSource() {
            @Override
            public byte[] read(String file) throws IOException {
                Path p = root.resolve(file);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) return null;
                // a profile file is read only from inside its folder: no link may lead out of it
                if (!p.toRealPath().startsWith(root)) throw new IOException("leads outside the profile folder");
                if (!Files.isRegularFile(p)) throw new IOException("not a regular file");
                return Files.readAllBytes(p);
            }

            @Override
            public String describe() {
                return root.toString();
            }
        }).read();
    }

    private Profile read() {
        Map<String, String> meta = readMeta();
        List<Side> sideList = new ArrayList<>();
        Map<String, Row> sideRows = new LinkedHashMap<>();
        Side state = null;
        Set<Side> patrons = new java.util.HashSet<>();
        for (Row r : rows(SIDES, true)) {
            if (r.cells().length < 4 || r.cells().length > 6) {
                throw r.error("expected 4 to 6 tab-separated columns (id, colour, label_en, label_ar, text_en, roles), found " + r.cells().length);
            }
            String id = r.cell(0);
            checkId(r, id, "side id");
            if (RESERVED.contains(id)) throw r.error("'" + id + "' cannot be a side id: it names " + (id.equals("independent") || id.equals("state") ? "a voice" : "a state of a place"));
            if (sideRows.containsKey(id)) throw r.error("side '" + id + "' is already defined at line " + sideRows.get(id).line());
            String colour = r.cell(1);
            if (!COLOUR.matcher(colour).matches()) throw r.error("colour must be #rrggbb, not '" + colour + "'");
            String en = required(r, 2, "label_en"), ar = required(r, 3, "label_ar");
            String text = r.cell(4).isEmpty() ? en : r.cell(4);
            Side side = new Side(id, colour.toLowerCase(Locale.ROOT), en, ar, text);
            for (String role : list(r.cell(5))) {
                if (!ROLES.contains(role)) throw r.error("unknown role '" + role + "' (roles: " + String.join(", ", new java.util.TreeSet<>(ROLES)) + ")");
                if (role.equals("patron")) {
                    patrons.add(side);
                    continue;
                }
                if (state != null) throw r.error("role 'state' is already given to side '" + state.code() + "'");
                state = side;
            }
            sideRows.put(id, r);
            sideList.add(side);
        }
        if (sideList.isEmpty()) throw new ProfileException(SIDES + ": defines no side");
        Sides sides = new Sides(sideList, state, patrons);

        List<Actor> actors = readActors(sides);
        for (Side s : sides.all()) {
            if (actors.stream().noneMatch(a -> s.equals(a.side()))) {
                throw sideRows.get(s.code()).error("side '" + s.code() + "' has no actor in " + ACTORS + ": nothing could ever hold a place for it");
            }
        }
        List<Profile.Source> sources = readSources(sides);
        Profile.ActorRules rules = readRules();
        return new Profile(meta.get("name"), meta.get("label_en"), meta.get("label_ar"), meta.get("iso3"),
                files.describe(), sides, new Actors(actors), sources, rules);
    }

    private Map<String, String> readMeta() {
        Map<String, String> meta = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> known = Set.of("name", "label_en", "label_ar", "iso3");
        for (Row r : rows(PROFILE, true)) {
            if (r.cells().length != 2) throw r.error("expected 2 tab-separated columns (key, value), found " + r.cells().length);
            String key = r.cell(0);
            if (!known.contains(key)) throw r.error("unknown key '" + key + "' (keys: name, label_en, label_ar, iso3)");
            if (seen.containsKey(key)) throw r.error("'" + key + "' is already set at line " + seen.get(key));
            String value = required(r, 1, key);
            if (key.equals("name")) checkId(r, value, "profile name");
            if (key.equals("iso3") && !ISO3.matcher(value).matches()) throw r.error("iso3 must be three capital letters, not '" + value + "'");
            seen.put(key, r.line());
            meta.put(key, value);
        }
        for (String key : known) {
            if (!meta.containsKey(key)) throw new ProfileException(PROFILE + ": '" + key + "' is missing");
        }
        return meta;
    }

    private List<Actor> readActors(Sides sides) {
        List<Actor> actors = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, String> formOwner = new HashMap<>(); // normalised form -> "actor (line n)"
        Map<String, String> adjectiveOwner = new HashMap<>();
        String id = null, en = null, ar = null, acled = null;
        Side side = null;
        int actorLine = 0;
        List<Actor.Form> forms = new ArrayList<>();
        for (Row r : rows(ACTORS, true)) {
            String first = r.cell(0);
            if (first.equals("actor")) {
                if (id != null) actors.add(finish(id, side, en, ar, acled, forms, actorLine));
                if (r.cells().length < 5 || r.cells().length > 6) {
                    throw r.error("an actor row has 5 or 6 tab-separated columns (actor, id, side, label_en, label_ar, acled), found " + r.cells().length);
                }
                id = r.cell(1);
                checkId(r, id, "actor id");
                if (idLines.containsKey(id)) throw r.error("actor '" + id + "' is already defined at line " + idLines.get(id));
                idLines.put(id, r.line());
                String s = r.cell(2);
                if (s.equals("-")) {
                    side = null;
                } else {
                    side = sides.byCode(s).orElseThrow(() -> r.error("unknown side '" + s + "' (" + SIDES + " has: "
                            + String.join(", ", sides.codes()) + "; '-' for none)"));
                }
                en = required(r, 3, "label_en");
                ar = required(r, 4, "label_ar");
                acled = r.cell(5).isEmpty() ? en : r.cell(5);
                actorLine = r.line();
                forms = new ArrayList<>();
                continue;
            }
            if (!Actor.Kinds.ALL.contains(first)) {
                throw r.error("unknown row kind '" + first + "' (actor, or a form kind: " + String.join(", ", Actor.Kinds.ALL) + ")");
            }
            if (id == null) throw r.error("a form before any actor row: start with 'actor\\tID\\tSIDE\\tLABEL_EN\\tLABEL_AR'");
            if (r.cells().length != 2) throw r.error("a form row has 2 tab-separated columns (kind, form), found " + r.cells().length);
            String text = required(r, 1, "form");
            String norm = normalised(text);
            if (norm.isEmpty()) throw r.error("form '" + text + "' has no letters");
            boolean adjective = first.equals(Actor.Kinds.NATIONALITY);
            if (adjective && norm.contains(" ")) throw r.error("a nationality adjective is one word, not '" + text + "'");
            Map<String, String> owners = adjective ? adjectiveOwner : formOwner;
            String owner = owners.get(norm);
            if (owner != null) {
                throw r.error("'" + text + "' is already a " + (adjective ? "nationality of " : "form of ") + owner
                        + ": a name belongs to one actor");
            }
            owners.put(norm, "actor '" + id + "' (line " + r.line() + ")" + (side == null ? "" : ", side " + side.code()));
            forms.add(new Actor.Form(first, text));
        }
        if (id != null) actors.add(finish(id, side, en, ar, acled, forms, actorLine));
        if (actors.isEmpty()) throw new ProfileException(ACTORS + ": defines no actor");
        return actors;
    }

    private static Actor finish(String id, Side side, String en, String ar, String acled, List<Actor.Form> forms, int line) {
        if (forms.isEmpty()) throw new ProfileException(ACTORS + ":" + line + ": actor '" + id + "' has no form: the text could never name it");
        return new Actor(id, side, en, ar, acled, forms);
    }

    private List<Profile.Source> readSources(Sides sides) {
        List<Profile.Source> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : rows(SOURCES, false)) {
            if (r.cells().length != 2) throw r.error("expected 2 tab-separated columns (voice, name), found " + r.cells().length);
            String voice = r.cell(0);
            if (voice.equals("state")) {
                voice = sides.state().orElseThrow(() -> r.error("voice 'state' needs a side with the role 'state' in " + SIDES)).code();
            } else if (!voice.equals("independent") && sides.byCode(voice).isEmpty()) {
                throw r.error("unknown voice '" + voice + "' (a side of " + SIDES + ": " + String.join(", ", sides.codes())
                        + "; or 'state', or 'independent')");
            }
            String name = required(r, 1, "name");
            String norm = normalised(name);
            if (norm.isEmpty()) throw r.error("name '" + name + "' has no letters");
            if (seen.containsKey(norm)) throw r.error("'" + name + "' is already listed at line " + seen.get(norm));
            seen.put(norm, r.line());
            out.add(new Profile.Source(voice, name));
        }
        return out;
    }

    private Profile.ActorRules readRules() {
        Map<String, List<String>> words = new HashMap<>();
        Map<String, Integer> seenRule = new HashMap<>();
        for (Row r : rows(RULES, false)) {
            if (r.cells().length != 2) throw r.error("expected 2 tab-separated columns (rule, words), found " + r.cells().length);
            String rule = r.cell(0);
            if (!RULE_NAMES.contains(rule)) throw r.error("unknown rule '" + rule + "' (rules: " + String.join(", ", RULE_NAMES.stream().sorted().toList()) + ")");
            if (seenRule.containsKey(rule)) throw r.error("rule '" + rule + "' is already given at line " + seenRule.get(rule));
            seenRule.put(rule, r.line());
            List<String> list = list(r.cell(1));
            if (list.isEmpty()) throw r.error("rule '" + rule + "' lists no words");
            Set<String> norms = new HashSet<>();
            for (String w : list) {
                String n = normalised(w);
                if (n.isEmpty()) throw r.error("'" + w + "' has no letters");
                if (!norms.add(n)) throw r.error("'" + w + "' is listed twice");
            }
            words.put(rule, list);
        }
        return new Profile.ActorRules(words.getOrDefault("force-head", List.of()), words.getOrDefault("faction-head", List.of()),
                words.getOrDefault("faction-head-weak", List.of()), words.getOrDefault("affiliation", List.of()),
                words.getOrDefault("affiliation-link", List.of()), words.getOrDefault("group-head", List.of()));
    }

    // ---- reading rows -------------------------------------------------------------------------

    private List<Row> rows(String file, boolean required) {
        byte[] bytes;
        try {
            bytes = files.read(file);
        } catch (IOException e) {
            throw new ProfileException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (bytes == null) {
            if (required) throw new ProfileException(file + ": missing from the profile (" + files.describe() + ")");
            return List.of();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProfileException(file + ": not valid UTF-8", e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Row> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            int n = cells.length;
            while (n > 1 && cells[n - 1].isBlank()) n--; // trailing empty optional columns
            if (n < cells.length) cells = java.util.Arrays.copyOf(cells, n);
            out.add(new Row(file, i + 1, cells));
        }
        return out;
    }

    private static String required(Row r, int i, String what) {
        String v = r.cell(i);
        if (v.isEmpty()) throw r.error(what + " is empty");
        return v;
    }

    private static void checkId(Row r, String id, String what) {
        if (!ID.matcher(id).matches()) throw r.error(what + " '" + id + "' must be lower-case letters, digits and single '-'");
    }

    private static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    /** The spelling matching uses: one normalised form per name, words joined by one space. */
    static String normalised(String s) {
        return String.join(" ", PhraseIndex.splitWords(ArabicNormalizer.normalizeTerm(s)));
    }
}

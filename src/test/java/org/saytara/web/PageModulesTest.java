package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page names in its head every module app.js needs, directly or through other modules, so the
 * browser fetches them all at once instead of one level of imports after another; and names no
 * module that is not needed or not there.
 */
class PageModulesTest {
    private static final Path WEB = Path.of("web");
    private static final Pattern IMPORT = Pattern.compile("^import\\s[^;]*?from\\s+'\\./([\\w-]+\\.js)'", Pattern.MULTILINE);
    private static final Pattern PRELOAD = Pattern.compile("<link rel=\"modulepreload\" href=\"js/([\\w-]+\\.js)\">");

    @Test
    void everyModuleTheScriptImportsIsPreloaded() throws IOException {
        Set<String> needed = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of("app.js"));
        while (!todo.isEmpty()) {
            Matcher m = IMPORT.matcher(Files.readString(WEB.resolve("js").resolve(todo.pop())));
            while (m.find()) if (needed.add(m.group(1))) todo.push(m.group(1));
        }
        Set<String> preloaded = new TreeSet<>();
        Matcher m = PRELOAD.matcher(Files.readString(WEB.resolve("index.html")));
        while (m.find()) preloaded.add(m.group(1));
        assertEquals(needed, preloaded);
    }
}

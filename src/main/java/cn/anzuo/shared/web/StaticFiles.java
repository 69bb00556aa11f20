package cn.anzuo.shared.web;

import java.util.Arrays;
import java.util.List;

/**
 * Where the static files are served from: open to everyone, never behind the layout, the module gate or the door
 * limit. One list, so that a new folder is added to all of them at once.
 */
public final class StaticFiles {

    /** Path patterns of the static folders ({@code /css/**} …), for security matchers and interceptor exclusions. */
    public static final String[] PATTERNS = {"/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico"};

    private static final List<String> PREFIXES = Arrays.stream(PATTERNS).map(p -> p.replace("**", "")).toList();

    private StaticFiles() {
    }

    /** Whether a request path (without context path) is a static file's. */
    public static boolean isStatic(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith);
    }
}

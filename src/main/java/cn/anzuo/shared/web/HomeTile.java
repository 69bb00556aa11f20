package cn.anzuo.shared.web;

import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.util.Set;

/**
 * An entry point on the home page, contributed by a module as a bean. Shown to users holding any of
 * {@code roles} (all users when empty). {@code titleKey} and {@code titleKey + ".hint"} are message keys.
 */
public record HomeTile(String section, int order, String titleKey, String icon, String href, Set<Role> roles,
        boolean accent) {

    public static final String WORK = "home.section.work";
    public static final String ADMIN = "home.section.admin";

    public boolean visibleTo(CurrentUser user) {
        return roles.isEmpty() || roles.stream().anyMatch(user::has);
    }
}

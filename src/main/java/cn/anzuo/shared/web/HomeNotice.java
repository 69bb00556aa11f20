package cn.anzuo.shared.web;

import cn.anzuo.shared.security.CurrentUser;
import java.util.List;

/**
 * A warning on the home page that asks someone to act (e.g. "next year's holidays are missing"),
 * contributed by a module. {@code messageKey} is rendered with {@code args}; {@code href} is where to act.
 */
public record HomeNotice(String messageKey, List<Object> args, String href) {

    /** A module's source of notices for the signed-in user (usually none). */
    public interface Source {
        List<HomeNotice> noticesFor(CurrentUser user);
    }
}

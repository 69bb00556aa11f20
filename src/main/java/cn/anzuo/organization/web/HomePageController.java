package cn.anzuo.organization.web;

import cn.anzuo.organization.demo.DemoAccounts;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.web.HomeNotice;
import cn.anzuo.shared.web.HomeTile;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Login and the role-aware home page. */
@Controller
class HomePageController {

    private final List<HomeTile> tiles;
    private final boolean demo;
    private final List<HomeNotice.Source> notices;
    private final ModuleGate gate;

    HomePageController(List<HomeTile> tiles, @Value("${anzuo.demo.enabled:false}") boolean demo,
            List<HomeNotice.Source> notices, ModuleGate gate) {
        this.notices = notices;
        this.gate = gate;
        this.tiles = tiles.stream()
                .sorted(Comparator.comparing(HomeTile::section).reversed().thenComparingInt(HomeTile::order))
                .toList();
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        if (demo) {
            model.addAttribute("demoAccounts", DemoAccounts.ALL);
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        }
        return "login";
    }

    @GetMapping("/")
    String home(CurrentUser me, Model model) {
        return render(me, model, null);
    }

    @GetMapping("/admin")
    String admin(CurrentUser me, Model model) {
        return render(me, model, HomeTile.ADMIN);
    }

    private String render(CurrentUser me, Model model, String onlySection) {
        Map<String, List<HomeTile>> groups = new LinkedHashMap<>();
        tiles.stream()
                .filter(tile -> tile.visibleTo(me))
                .filter(tile -> gate.shown(tile.href(), me.companyId()))
                .filter(tile -> onlySection == null || tile.section().equals(onlySection))
                .forEach(tile -> groups.computeIfAbsent(tile.section(), k -> new java.util.ArrayList<>()).add(tile));
        model.addAttribute("me", me);
        model.addAttribute("roles", me.roles().stream().map(Enum::name).toList());
        model.addAttribute("tileGroups", groups);
        model.addAttribute("notices", notices.stream().flatMap(source -> source.noticesFor(me).stream())
                .filter(notice -> gate.shown(notice.href(), me.companyId())).toList());
        return "home";
    }
}

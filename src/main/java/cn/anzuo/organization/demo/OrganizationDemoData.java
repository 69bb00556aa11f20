package cn.anzuo.organization.demo;

import cn.anzuo.organization.domain.Company;
import cn.anzuo.organization.domain.CompanyRepository;
import cn.anzuo.organization.domain.Site;
import cn.anzuo.organization.domain.SiteRepository;
import cn.anzuo.organization.domain.UserAccount;
import cn.anzuo.organization.domain.UserAccountRepository;
import cn.anzuo.shared.DemoDataOrder;
import cn.anzuo.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo plant of the embedded default: 示范化工有限公司 (DEMO) with two subsidiaries, its sites
 * around the Nanjing chemical park and the demo users of API.md (password {@code anzuo-demo}).
 * Idempotent; never active in the {@code postgres} profile.
 */
@Component
@ConditionalOnBooleanProperty("anzuo.demo.enabled")
@Order(DemoDataOrder.ORGANIZATION)
class OrganizationDemoData implements ApplicationRunner {

    static final String PASSWORD = DemoAccounts.PASSWORD;
    private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);

    private final CompanyRepository companies;
    private final SiteRepository sites;
    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    OrganizationDemoData(CompanyRepository companies, SiteRepository sites, UserAccountRepository users,
            PasswordEncoder passwords, Clock clock) {
        this.companies = companies;
        this.sites = sites;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (companies.existsByCode("DEMO")) {
            return;
        }
        Instant now = clock.instant();
        Company demo = companies.save(Company.create("DEMO", "示范化工有限公司", null, now));
        Company yangzhou = companies.save(Company.create("DEMO-YZ", "示范化工(扬州)新材料有限公司", demo.id(), now));
        companies.save(Company.create("DEMO-HA", "示范化工(淮安)精细化学品有限公司", demo.id(), now));

        sites.save(Site.create(demo.id(), "TF-01", "一号罐区(T-201~T-208)", 32.263150, 118.791540, 150, true, now));
        sites.save(Site.create(demo.id(), "PU-02", "常减压装置", 32.265820, 118.796130, 200, true, now));
        sites.save(Site.create(demo.id(), "WH-03", "危化品仓库", 32.261070, 118.788920, 80, true, now));
        Site workshop = Site.create(demo.id(), "MS-04", "机修车间", 32.262480, 118.785310, 60, false, now);
        workshop.changeOutdoor(false); // under a roof: the weather rules do not apply there
        sites.save(workshop);
        sites.save(Site.create(yangzhou.id(), "YZ-TF", "扬州罐区", 32.270410, 119.451220, 120, true, now));

        String hash = passwords.encode(PASSWORD);
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            UUID companyId = account.companyCode().equals("DEMO") ? demo.id() : yangzhou.id();
            user(account.username(), account.displayName(), companyId, hash, now, account.roles().toArray(Role[]::new));
        }
        log.info("Demo data: company DEMO with sites and users (password {})", PASSWORD);
    }

    private void user(String username, String name, UUID companyId, String hash, Instant now, Role... roles) {
        users.save(UserAccount.create(username, hash, name, companyId, Set.of(roles), null,
                username + "@demo.anzuo.cn", now));
    }
}

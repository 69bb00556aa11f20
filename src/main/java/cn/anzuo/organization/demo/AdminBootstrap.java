package cn.anzuo.organization.demo;

import cn.anzuo.organization.domain.Company;
import cn.anzuo.organization.domain.CompanyRepository;
import cn.anzuo.organization.domain.UserAccount;
import cn.anzuo.organization.domain.UserAccountRepository;
import cn.anzuo.shared.DemoDataOrder;
import cn.anzuo.shared.security.Role;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of an empty production database, from {@code ANZUO_ADMIN_USERNAME} and
 * {@code ANZUO_ADMIN_PASSWORD}: a group and company administrator of a new root company.
 */
@Component
@Order(DemoDataOrder.ORGANIZATION - 1)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final CompanyRepository companies;
    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String companyCode;
    private final String companyName;

    AdminBootstrap(CompanyRepository companies, UserAccountRepository users, PasswordEncoder passwords, Clock clock,
            @Value("${anzuo.bootstrap.admin-username:}") String username,
            @Value("${anzuo.bootstrap.admin-password:}") String password,
            @Value("${anzuo.bootstrap.company-code:GROUP}") String companyCode,
            @Value("${anzuo.bootstrap.company-name:集团总部}") String companyName) {
        this.companies = companies;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.companyCode = companyCode;
        this.companyName = companyName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank() || users.existsByUsername(username.trim())) {
            return;
        }
        if (password.length() < 8) {
            throw new IllegalStateException("ANZUO_ADMIN_PASSWORD must have at least 8 characters");
        }
        Company root = companies.findByCode(companyCode)
                .orElseGet(() -> companies.save(Company.create(companyCode, companyName, null, clock.instant())));
        users.save(UserAccount.create(username.trim(), passwords.encode(password), username.trim(), root.id(),
                Set.of(Role.COMPANY_ADMIN, Role.GROUP_ADMIN), null, null, clock.instant()));
        log.info("Created the first administrator '{}' of company {}", username.trim(), companyCode);
    }
}

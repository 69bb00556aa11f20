package cn.anzuo.organization;

import cn.anzuo.organization.domain.Company;
import cn.anzuo.organization.domain.CompanyRepository;
import cn.anzuo.organization.domain.Site;
import cn.anzuo.organization.domain.SiteRepository;
import cn.anzuo.organization.domain.UserAccount;
import cn.anzuo.organization.domain.UserAccountRepository;
import cn.anzuo.shared.TransactionMemo;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import cn.anzuo.shared.security.Role;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation module's facade: which companies a user may see, a company's policy, sites and
 * users. Another company's record is reported as not found, never as forbidden.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

    private final CompanyRepository companies;
    private final SiteRepository sites;
    private final UserAccountRepository users;

    private final WorkerDirectory workers;
    private final CompanyModules modules;

    Organization(CompanyRepository companies, SiteRepository sites, UserAccountRepository users, WorkerDirectory workers,
            CompanyModules modules) {
        this.modules = modules;
        this.companies = companies;
        this.sites = sites;
        this.users = users;
        this.workers = workers;
    }

    /** The user's own company, plus its whole subtree for a group administrator. */
    public Set<UUID> visibleCompanyIds(CurrentUser user) {
        Set<UUID> visible = new LinkedHashSet<>();
        visible.add(user.companyId());
        if (user.has(Role.GROUP_ADMIN)) {
            visible.addAll(companies.subtreeIds(user.companyId()));
        }
        return visible;
    }

    public boolean canSee(CurrentUser user, UUID companyId) {
        return companyId != null && visibleCompanyIds(user).contains(companyId);
    }

    /** Throws {@link RecordNotFound} unless the user may see the company. */
    public void requireVisible(CurrentUser user, UUID companyId) {
        if (!canSee(user, companyId)) {
            throw new RecordNotFound("company", companyId);
        }
    }

    /** The company to work in: the one asked for (if visible) or the user's own. */
    public UUID companyOrOwn(CurrentUser user, UUID requested) {
        if (requested == null) {
            return user.companyId();
        }
        requireVisible(user, requested);
        return requested;
    }

    public CompanyView company(UUID companyId) {
        return rememberedCompany(companyId).map(Company::view).orElseThrow(() -> new RecordNotFound("company", companyId));
    }

    public Optional<CompanyView> companyByCode(String code) {
        return companies.findByCode(code).map(Company::view);
    }

    public List<CompanyView> visibleCompanies(CurrentUser user) {
        return companies.findAllById(visibleCompanyIds(user)).stream()
                .map(Company::view)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    /**
     * The rules in force: what the company configured, else the defaults — and without the identity
     * module, check-in is QR + geofence alone (no face, passkey or NFC demanded or accepted), so a company
     * that switched identity off is never asked for a proof it has no page for (ADR 0071).
     */
    public CompanyPolicy policy(UUID companyId) {
        CompanyPolicy configured = configuredPolicy(companyId);
        return modules.enabled(companyId, OptionalModule.IDENTITY) ? configured : configured.withoutIdentity();
    }

    /** The policy as the company configured it, whatever its modules; what the policy editor shows and saves. */
    public CompanyPolicy configuredPolicy(UUID companyId) {
        return rememberedCompany(companyId).map(Company::effectivePolicy).orElseGet(CompanyPolicy::defaults);
    }

    public Optional<SiteView> site(UUID siteId) {
        return rememberedSite(siteId).map(Site::view);
    }

    /**
     * The names of these sites in one query, for a list of permits (a site not found is left out). One site is the
     * one this request or transaction already read, if it did ({@link #site}).
     */
    public Map<UUID, String> siteNames(Collection<UUID> siteIds) {
        if (siteIds.size() == 1) {
            UUID only = siteIds.iterator().next();
            return site(only).map(site -> Map.of(only, site.name())).orElseGet(Map::of);
        }
        Map<UUID, String> names = new HashMap<>();
        sites.findAllById(siteIds).forEach(site -> names.put(site.id(), site.view().name()));
        return names;
    }

    /** The site, if the user may see its company; else {@link RecordNotFound}. */
    public SiteView visibleSite(CurrentUser user, UUID siteId) {
        return site(siteId)
                .filter(site -> canSee(user, site.companyId()))
                .orElseThrow(() -> new RecordNotFound("site", siteId));
    }

    /**
     * Refuses a new permit at a disabled site, or at a site of a disabled company: 422 SITE_DISABLED.
     * Permits already issued there are not touched.
     */
    public void requireOpenForPermits(UUID siteId) {
        Site site = rememberedSite(siteId).orElseThrow(() -> new RecordNotFound("site", siteId));
        if (!site.enabled() || !companyEnabled(site.companyId())) {
            throw new cn.anzuo.organization.domain.OrganizationProblems.SiteDisabled(site.view().code());
        }
    }

    /** False for a disabled company: its users cannot sign in and its sites take no new permits. */
    public boolean companyEnabled(UUID companyId) {
        return rememberedCompany(companyId).map(Company::enabled).orElse(false);
    }

    /** Read once per transaction: a submission's rules ask for the company's policy five times (TransactionMemo). */
    private Optional<Company> rememberedCompany(UUID companyId) {
        return TransactionMemo.remember(new Remembered(Company.class, companyId), () -> companies.findById(companyId));
    }

    private Optional<Site> rememberedSite(UUID siteId) {
        return TransactionMemo.remember(new Remembered(Site.class, siteId), () -> sites.findById(siteId));
    }

    private record Remembered(Class<?> type, UUID id) {}

    public List<SiteView> sitesOf(Set<UUID> companyIds, String query) {
        return sites.search(companyIds, query == null ? "" : query.trim()).stream().map(Site::view).toList();
    }

    public Optional<UserView> user(UUID userId) {
        return users.findById(userId).map(UserAccount::view);
    }

    public Optional<UserView> userOfWorker(UUID workerId) {
        return users.findByWorkerId(workerId).map(UserAccount::view);
    }

    /**
     * Links a user account to the worker record of the same person (for check-ins and "my permits");
     * a worker of another company, or none, is not found.
     */
    @Transactional
    public void linkWorker(String username, UUID workerId) {
        users.findByUsername(username).ifPresent(account -> {
            if (!workers.belongsTo(workerId, account.companyId())) {
                throw new RecordNotFound("worker", workerId);
            }
            account.linkWorker(workerId);
            users.save(account);
        });
    }

    /** Every enabled company, for jobs that run per company (e.g. the morning briefing). */
    public List<UUID> enabledCompanyIds() {
        return companies.findAll().stream().filter(Company::enabled).map(Company::id).sorted().toList();
    }

    /** Enabled user accounts of the companies (a KPI denominator). */
    public long enabledUserCount(java.util.Collection<UUID> companyIds) {
        return companyIds.isEmpty() ? 0 : users.countEnabledIn(companyIds);
    }

    public List<UserView> usersWithRole(UUID companyId, Role role) {
        return users.findByCompanyAndRole(companyId, role.name()).stream().map(UserAccount::view).toList();
    }
}

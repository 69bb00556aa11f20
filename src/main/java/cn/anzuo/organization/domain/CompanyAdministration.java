package cn.anzuo.organization.domain;

import cn.anzuo.organization.CompanyPolicy;
import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.organization.domain.OrganizationProblems.CompanyCodeTaken;
import cn.anzuo.organization.domain.OrganizationProblems.ParentRequired;
import cn.anzuo.shared.problem.RecordNotFound;
import cn.anzuo.shared.security.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating companies inside one's subtree and changing a company's policy. */
@Service
@Transactional
public class CompanyAdministration {

    private final CompanyRepository companies;
    private final Organization organization;
    private final Clock clock;

    CompanyAdministration(CompanyRepository companies, Organization organization, Clock clock) {
        this.companies = companies;
        this.organization = organization;
        this.clock = clock;
    }

    public record CreateCompany(String code, String name, UUID parentId) {}

    public CompanyView create(CurrentUser by, CreateCompany command) {
        UUID parentId = command.parentId();
        if (parentId == null) {
            Company own = companies.findById(by.companyId()).orElseThrow(() -> new RecordNotFound("company", by.companyId()));
            if (!own.isRoot()) {
                throw new ParentRequired();
            }
            parentId = own.id();
        }
        organization.requireVisible(by, parentId);
        if (companies.existsByCode(command.code())) {
            throw new CompanyCodeTaken(command.code());
        }
        return companies.save(Company.create(command.code(), command.name(), parentId, clock.instant())).view();
    }

    /** Renames a company the caller administers; the code stays (permit numbers and imports use it). */
    public Company rename(CurrentUser by, UUID companyId, String name) {
        Company company = visible(by, companyId);
        company.rename(name.trim());
        return companies.save(company);
    }

    /**
     * Disables or re-enables a company of the caller's subtree (never their own). Companies are never
     * deleted (ADR 0041); a disabled company's users cannot sign in and its sites take no new permits.
     */
    public Company changeEnabled(CurrentUser by, UUID companyId, boolean enabled) {
        Company company = visible(by, companyId);
        if (!enabled && company.id().equals(by.companyId())) {
            throw new OrganizationProblems.CannotDisableOwnCompany();
        }
        if (enabled) {
            company.enable();
        } else {
            company.disable();
        }
        return companies.save(company);
    }

    @Transactional(readOnly = true)
    public Company visible(CurrentUser by, UUID companyId) {
        organization.requireVisible(by, companyId);
        return companies.findById(companyId).orElseThrow(() -> new RecordNotFound("company", companyId));
    }

    public CompanyPolicy changePolicy(CurrentUser by, UUID companyId, PolicySettings changes) {
        organization.requireVisible(by, companyId);
        Company company = companies.findById(companyId).orElseThrow(() -> new RecordNotFound("company", companyId));
        company.changePolicy(changes);
        return companies.save(company).effectivePolicy();
    }
}

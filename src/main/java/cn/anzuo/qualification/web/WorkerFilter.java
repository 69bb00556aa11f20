package cn.anzuo.qualification.web;

import cn.anzuo.qualification.CertificateStatus;
import cn.anzuo.qualification.domain.CertificateRegistry.WorkerCriteria;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The workers list's search box and filters, bound from the query string. A value that does not
 * bind (an unknown status, a page that is no number) is ignored rather than refused.
 */
public class WorkerFilter {

    private String q;
    private CertificateStatus status;
    private String item;
    private String employer;
    private boolean contractors;
    private Integer page;

    WorkerCriteria toCriteria() {
        return new WorkerCriteria(trim(q), trim(employer), contractors, status, trim(item));
    }

    /** How many filters beyond the search box are set (the filter panel opens when there are some). */
    public int active() {
        return (status != null ? 1 : 0) + (trim(item) != null ? 1 : 0) + (trim(employer) != null ? 1 : 0)
                + (contractors ? 1 : 0);
    }

    /** This list's URL for another page, with the same search and filters. */
    String link(String path, int toPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (trim(q) != null) {
            uri.queryParam("q", trim(q));
        }
        if (status != null) {
            uri.queryParam("status", status.name());
        }
        if (trim(item) != null) {
            uri.queryParam("item", trim(item));
        }
        if (trim(employer) != null) {
            uri.queryParam("employer", trim(employer));
        }
        if (contractors) {
            uri.queryParam("contractors", "true");
        }
        if (toPage > 0) {
            uri.queryParam("page", toPage);
        }
        return uri.encode().build().toUriString();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public CertificateStatus getStatus() { return status; }
    public void setStatus(CertificateStatus status) { this.status = status; }
    public String getItem() { return item; }
    public void setItem(String item) { this.item = item; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public boolean isContractors() { return contractors; }
    public void setContractors(boolean contractors) { this.contractors = contractors; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
}

package cn.anzuo.qualification.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.qualification.CertificateStatus;
import org.junit.jupiter.api.Test;

/** The workers list keeps its search and filters from page to page. */
class WorkerFilterTest {

    @Test
    void page_links_keep_the_filters_and_leave_out_empty_ones() {
        WorkerFilter filter = new WorkerFilter();
        filter.setQ(" 郑 ");
        filter.setStatus(CertificateStatus.EXPIRING);
        filter.setEmployer("");
        filter.setContractors(true);
        assertThat(filter.link("/qualification/workers", 2))
                .isEqualTo("/qualification/workers?q=%E9%83%91&status=EXPIRING&contractors=true&page=2");
        assertThat(filter.link("/qualification/workers", 0)).doesNotContain("page=");
        assertThat(filter.active()).isEqualTo(2);
    }

    @Test
    void only_the_four_tabs_of_the_expiring_view_are_offered() {
        assertThat(ExpiringPageController.tab("30")).isEqualTo(30);
        assertThat(ExpiringPageController.tab("31")).isEqualTo(15);
        assertThat(ExpiringPageController.tab("x")).isEqualTo(15);
        assertThat(ExpiringPageController.tab(null)).isEqualTo(15);
    }
}

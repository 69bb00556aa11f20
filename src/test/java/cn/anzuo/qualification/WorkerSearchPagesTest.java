package cn.anzuo.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.qualification.domain.WorkerRegistry;
import cn.anzuo.shared.web.PageRequestParams;
import cn.anzuo.shared.web.PageResult;
import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 (V13_3): one company's worker search reads a page's ids from its index in pinyin order; several
 * companies' search reads and sorts. Both must walk the same workers in the same order as the whole search.
 */
@AnzuoTest
class WorkerSearchPagesTest {

    @Autowired ApiClient api;
    @Autowired WorkerRegistry registry;

    String marker;
    UUID company;

    @BeforeEach
    void namesakes() throws Exception {
        marker = "页" + UUID.randomUUID().toString().substring(0, 6);
        company = UUID.fromString(ApiClient.read(api.get("safety", "/api/v1/me"), "$.companyId"));
        // 王 twice: namesakes come oldest first
        for (String surname : new String[] {"赵", "王", "阿", "王", "张"}) {
            api.post("safety", "/api/v1/workers", """
                    {"companyId":"%s","name":"%s%s","idNumber":"%s"}""".formatted(company, surname, marker,
                    IdNumbers.random())).andExpect(status().isCreated());
        }
    }

    @Test
    void one_companys_pages_walk_the_search_in_pinyin_order_namesakes_oldest_first() {
        List<WorkerView> whole = registry.search(Set.of(company), marker, null);
        assertThat(whole).extracting(w -> w.name().substring(0, 1)).containsExactly("阿", "王", "王", "张", "赵");

        assertThat(walk(Set.of(company))).isEqualTo(whole);
    }

    @Test
    void several_companies_pages_walk_the_same_order() {
        Set<UUID> two = Set.of(company, UUID.randomUUID());
        assertThat(walk(two)).isEqualTo(registry.search(two, marker, null)).hasSize(5);
    }

    List<WorkerView> walk(Collection<UUID> companies) {
        List<WorkerView> walked = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            PageResult<WorkerView> found = registry.searchPage(companies, marker, null, PageRequestParams.of(page, 2));
            assertThat(found.total()).as("total on page %d", page).isEqualTo(5);
            walked.addAll(found.items());
        }
        return walked;
    }
}

package cn.anzuo.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.risk.domain.Auc;
import cn.anzuo.risk.domain.Auc.Scored;
import java.util.List;
import org.junit.jupiter.api.Test;

class AucTest {

    @Test
    void a_perfect_ranking_is_1_a_reversed_one_0_and_ties_count_half() {
        assertThat(Auc.of(List.of(new Scored(0.1, false), new Scored(0.9, true)))).isEqualTo(1.0);
        assertThat(Auc.of(List.of(new Scored(0.9, false), new Scored(0.1, true)))).isEqualTo(0.0);
        assertThat(Auc.of(List.of(new Scored(0.5, false), new Scored(0.5, true)))).isEqualTo(0.5);
        assertThat(Auc.of(List.of(new Scored(0.2, false), new Scored(0.4, true), new Scored(0.6, false), new Scored(0.8, true))))
                .isEqualTo(0.75);
    }

    @Test
    void one_class_only_has_no_auc() {
        assertThat(Auc.of(List.of(new Scored(0.5, true)))).isNaN();
    }
}

package cn.anzuo.permit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EquipmentTagsTest {

    @Test
    void tags_are_read_in_their_usual_spellings() {
        assertThat(EquipmentTags.in("T-201 出口管线法兰, p1105 进料线, E-102 换热器, MB-07")).containsExactly("T-201", "P-1105", "E-102", "MB-07");
    }

    @Test
    void a_hazard_naming_another_tank_than_the_location_is_foreign() {
        assertThat(EquipmentTags.notAt("T-205 储罐顶部", "更换垫片", "T-201 出口管线法兰泄漏")).containsExactly("T-201");
    }

    @Test
    void texts_naming_the_location_itself_are_fine() {
        assertThat(EquipmentTags.notAt("T-205 储罐顶部", "T-205 顶部法兰")).isEmpty();
    }

    @Test
    void a_location_without_a_tag_gives_nothing_to_compare() {
        assertThat(EquipmentTags.notAt("机修车间屋面", "T-201")).isEmpty();
    }

    @Test
    void numbers_and_dates_are_not_tags() {
        assertThat(EquipmentTags.in("2026-12-01 灭火器 2 具, GB 30871-2022")).isEmpty();
    }
}

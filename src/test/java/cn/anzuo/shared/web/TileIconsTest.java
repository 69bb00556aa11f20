package cn.anzuo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.support.AnzuoTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** Every home tile a module contributes has its icon in the SVG sprite (a missing one shows an empty square). */
@AnzuoTest
class TileIconsTest {

    @Autowired List<HomeTile> tiles;
    @Autowired org.springframework.context.MessageSource messages;

    /** A missing hint renders as one long unbreakable "??key??" that widened the phone home page past the screen. */
    @Test
    void every_home_tile_has_a_title_and_a_hint_in_chinese_and_english() {
        for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
            assertThat(tiles).allSatisfy(tile -> {
                assertThat(messages.getMessage(tile.titleKey(), null, null, locale)).as(tile.titleKey()).isNotBlank();
                assertThat(messages.getMessage(tile.titleKey() + ".hint", null, null, locale)).as(tile.titleKey() + ".hint")
                        .isNotBlank();
            });
        }
    }

    @Test
    void every_home_tile_has_an_icon_in_the_sprite() throws Exception {
        String sprite = new ClassPathResource("static/img/icons.svg").getContentAsString(StandardCharsets.UTF_8);
        assertThat(tiles).isNotEmpty().allSatisfy(tile -> assertThat(sprite).as(tile.titleKey())
                .contains("id=\"tile-" + tile.titleKey().replace('.', '-') + "\""));
    }
}

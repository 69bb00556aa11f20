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

    @Test
    void every_home_tile_has_an_icon_in_the_sprite() throws Exception {
        String sprite = new ClassPathResource("static/img/icons.svg").getContentAsString(StandardCharsets.UTF_8);
        assertThat(tiles).isNotEmpty().allSatisfy(tile -> assertThat(sprite).as(tile.titleKey())
                .contains("id=\"tile-" + tile.titleKey().replace('.', '-') + "\""));
    }
}

package cn.anzuo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.shared.security.Role;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Chinese and English bundles must offer the same keys, so no page falls back to a raw key. */
class MessageBundlesTest {

    static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    static List<String> basenames() throws Exception {
        return List.of(load("application.properties").getProperty("spring.messages.basename").split(","));
    }

    static Set<String> keys(String basename, String locale) throws Exception {
        return new TreeSet<>(load(basename.trim() + "_" + locale + ".properties").stringPropertyNames());
    }

    @Test
    void chinese_and_english_bundles_have_the_same_keys() throws Exception {
        for (String basename : basenames()) {
            Set<String> zh = keys(basename, "zh_CN");
            Set<String> en = keys(basename, "en");
            Set<String> onlyZh = new TreeSet<>(zh);
            onlyZh.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(zh);
            assertThat(onlyZh).as("keys of %s missing in English", basename).isEmpty();
            assertThat(onlyEn).as("keys of %s missing in Chinese", basename).isEmpty();
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws Exception {
        Set<String> seen = new TreeSet<>();
        for (String basename : basenames()) {
            for (String key : keys(basename, "zh_CN")) {
                assertThat(seen.add(key)).as("key %s defined twice", key).isTrue();
            }
        }
    }

    @Test
    void every_role_has_a_chinese_text() throws Exception {
        Set<String> zh = keys("messages", "zh_CN");
        for (Role role : Role.values()) {
            assertThat(zh).contains("role." + role.name());
        }
    }
}

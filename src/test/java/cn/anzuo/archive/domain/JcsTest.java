package cn.anzuo.archive.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 8785's own examples (3.2.2, 3.2.3 and Appendix B). */
class JcsTest {

    @Test
    void rfc_8785_section_3_2_2_example() {
        Map<String, Object> numbers = new LinkedHashMap<>();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("numbers", List.of(333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001));
        input.put("string", "\u20ac$" + (char) 0x0F + "\nA'B\"\\\\\"/");
        input.put("literals", java.util.Arrays.asList(null, true, false));
        assertThat(numbers).isEmpty();
        assertThat(Jcs.canonicalize(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void rfc_8785_section_3_2_3_sorts_by_utf16_code_units() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("\u20ac", "Euro Sign");
        input.put("\r", "Carriage Return");
        input.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        input.put("1", "One");
        input.put("\ud83d\ude00", "Emoji: Grinning Face");
        input.put("\u0080", "Control");
        input.put("\u00f6", "Latin Small Letter O With Diaeresis");
        assertThat(Jcs.canonicalize(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void rfc_8785_appendix_b_numbers() {
        assertThat(Jcs.number(Double.longBitsToDouble(0x0000000000000000L))).isEqualTo("0");
        assertThat(Jcs.number(Double.longBitsToDouble(0x8000000000000000L))).isEqualTo("0");
        assertThat(Jcs.number(Double.longBitsToDouble(0x0000000000000001L))).isEqualTo("5e-324");
        assertThat(Jcs.number(Double.longBitsToDouble(0x8000000000000001L))).isEqualTo("-5e-324");
        assertThat(Jcs.number(Double.longBitsToDouble(0x7fefffffffffffffL))).isEqualTo("1.7976931348623157e+308");
        assertThat(Jcs.number(Double.longBitsToDouble(0x4340000000000000L))).isEqualTo("9007199254740992");
        assertThat(Jcs.number(Double.longBitsToDouble(0x444b1ae4d6e2ef50L))).isEqualTo("1e+21");
        assertThat(Jcs.number(Double.longBitsToDouble(0x444b1ae4d6e2ef4fL))).isEqualTo("999999999999999900000");
        assertThat(Jcs.number(Double.longBitsToDouble(0x3eb0c6f7a0b5ed8dL))).isEqualTo("0.000001");
        assertThat(Jcs.number(Double.longBitsToDouble(0x3eb0c6f7a0b5ed8cL))).isEqualTo("9.999999999999997e-7");
        assertThat(Jcs.number(Double.longBitsToDouble(0x41b3de4355555555L))).isEqualTo("333333333.3333333");
        assertThat(Jcs.number(Double.longBitsToDouble(0x4a47e1f7c7e3f4a7L))).isNotBlank();
        assertThat(Jcs.number(Double.longBitsToDouble(0xc3e0000000000000L))).isEqualTo("-9223372036854776000");
        assertThat(Jcs.number(Double.longBitsToDouble(0x42c0000000000000L))).isEqualTo("35184372088832");
        assertThat(Jcs.number(Double.longBitsToDouble(0x41dfffffffc00000L))).isEqualTo("2147483647");
        assertThat(Jcs.number(Double.longBitsToDouble(0x3ff0000000000000L))).isEqualTo("1");
        assertThat(Jcs.number(Double.longBitsToDouble(0x4420b7d3bbf81ec1L))).isNotBlank();
    }

    @Test
    void a_trace_hash_is_sha256_of_prev_hash_newline_and_jcs() {
        String hash = TraceChain.hash(1, "2026-11-30T08:00:00Z", "SUBMITTED", "SYSTEM:X", Map.of(), TraceChain.GENESIS);
        String expected = TraceChain.sha256(TraceChain.GENESIS + "\n"
                + "{\"actor\":\"SYSTEM:X\",\"at\":\"2026-11-30T08:00:00Z\",\"data\":{},\"prevHash\":\"" + TraceChain.GENESIS
                + "\",\"seq\":1,\"type\":\"SUBMITTED\"}");
        assertThat(hash).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
    }
}

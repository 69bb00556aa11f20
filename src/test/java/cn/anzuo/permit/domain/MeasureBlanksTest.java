package cn.anzuo.permit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureBlanksTest {

    static final String HW_08 = "现场配备灭火器（ ）台，灭火毯（ ）块，消防蒸汽带或消防水带（ ）";

    @Test
    void a_text_is_cut_at_each_blank() {
        assertThat(MeasureBlanks.count("加盲板（ ）块")).isEqualTo(1);
        assertThat(MeasureBlanks.count(HW_08)).isEqualTo(3);
        assertThat(MeasureBlanks.count("Fire extinguishers ( ), blankets ( )")).isEqualTo(2);
        assertThat(MeasureBlanks.count("已办理相关作业许可证")).isZero();
    }

    @Test
    void filled_values_are_written_into_the_blanks_and_unfilled_ones_stay_open() {
        assertThat(MeasureBlanks.fill(HW_08, List.of("4", "2"))).isEqualTo("现场配备灭火器（4）台，灭火毯（2）块，消防蒸汽带或消防水带（ ）");
        assertThat(MeasureBlanks.fill("Blind plates ( ) fitted", List.of("3"))).isEqualTo("Blind plates (3) fitted");
    }

    @Test
    void stored_values_round_trip_through_the_answer() {
        PermitMeasure answer = PermitMeasure.of("HW-08", true, List.of(" 4 ", "", "1"));
        assertThat(answer.blankValues()).containsExactly("4", "", "1");
        assertThat(PermitMeasure.of("HW-08", true, List.of("", " ")).blanks()).isNull();
        assertThat(PermitMeasure.of("HW-02", true, List.of("x".repeat(30))).blankValues().getFirst()).hasSize(MeasureBlanks.MAX_LENGTH);
    }
}

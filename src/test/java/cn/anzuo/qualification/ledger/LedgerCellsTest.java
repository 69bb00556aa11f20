package cn.anzuo.qualification.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.qualification.CertificateRegime;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the ledger understands what people type into cells. */
class LedgerCellsTest {

    @Test
    void excel_day_numbers_are_dates_in_both_date_systems() {
        assertThat(LedgerCells.fromNumber(new BigDecimal("45352"), false).date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(LedgerCells.fromNumber(new BigDecimal("45352.75"), false).date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(LedgerCells.fromNumber(new BigDecimal("43890"), true).date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(LedgerCells.fromNumber(new BigDecimal("20240301"), false).date()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void dates_typed_as_text_in_the_usual_chinese_ways() {
        for (String text : new String[] {"2024-03-01", "2024/3/1", "2024.3.1", "2024年3月1日", "20240301", "2024-03-01 00:00:00"}) {
            assertThat(LedgerCells.fromText(text).date()).as(text).isEqualTo(LocalDate.of(2024, 3, 1));
        }
    }

    @Test
    void impossible_or_unreadable_dates_are_bad_and_keep_what_was_typed() {
        for (String text : new String[] {"2024-02-30", "2020-13-45", "明年三月", "3/1/2024", "1024-03-01"}) {
            LedgerCells.DateValue value = LedgerCells.fromText(text);
            assertThat(value.bad()).as(text).isTrue();
            assertThat(value.raw()).isEqualTo(text);
        }
        assertThat(LedgerCells.fromNumber(new BigDecimal("-3"), false).bad()).isTrue();
    }

    @Test
    void categories_by_official_name_short_name_or_code() {
        assertThat(LedgerCategory.parse("特种作业操作证")).contains(CertificateRegime.SPECIAL_OPERATION);
        assertThat(LedgerCategory.parse(" 特种设备 ")).contains(CertificateRegime.SPECIAL_EQUIPMENT);
        assertThat(LedgerCategory.parse("guardian")).contains(CertificateRegime.GUARDIAN);
        assertThat(LedgerCategory.parse("驾驶证")).isEmpty();
    }

    @Test
    void headers_match_without_spaces_and_remarks_in_brackets() {
        assertThat(LedgerColumn.EMPLOYER.matches("所属单位")).isTrue();
        assertThat(LedgerColumn.EMPLOYER.matches("所属单位（承包商填写）")).isTrue();
        assertThat(LedgerColumn.ID_NUMBER.matches(" 身份证号 ")).isTrue();
        assertThat(LedgerColumn.ID_NUMBER.matches("身份证")).isFalse();
    }

    @Test
    void an_invalid_id_number_is_masked_like_a_valid_one() {
        assertThat(LedgerMask.mask("110101197001011235")).isEqualTo("110101********1235");
        assertThat(LedgerMask.mask("12345")).isEqualTo("*****");
    }
}

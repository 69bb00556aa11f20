package cn.anzuo.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.qualification.domain.IdNumber;
import org.junit.jupiter.api.Test;

/** GB 11643-1999: 17 digits, a birth date, and the MOD 11-2 check digit. */
class IdNumberTest {

    @Test
    void check_digit_follows_GB_11643() {
        assertThat(IdNumber.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkDigit("44052418800101001")).isEqualTo('4');
        assertThat(IdNumber.parse("11010519491231002X")).isPresent();
        assertThat(IdNumber.parse("440524188001010014")).isEmpty(); // born 1880: not a living worker's card
    }

    @Test
    void wrong_check_digit_is_refused() {
        assertThat(IdNumber.parse("110105194912310021")).isEmpty();
        assertThat(IdNumber.parse("110105194912310020")).isEmpty();
    }

    @Test
    void lower_case_x_and_spaces_are_accepted() {
        assertThat(IdNumber.parse(" 11010519491231002x ")).map(IdNumber::value).contains("11010519491231002X");
    }

    @Test
    void wrong_length_letters_and_impossible_birth_dates_are_refused() {
        assertThat(IdNumber.parse("11010519491231002")).isEmpty();
        assertThat(IdNumber.parse("11010519491231002XX")).isEmpty();
        assertThat(IdNumber.parse("1101051949123100AX")).isEmpty();
        String feb30 = "11010519900230001";
        assertThat(IdNumber.parse(feb30 + IdNumber.checkDigit(feb30))).isEmpty();
        assertThat(IdNumber.parse(null)).isEmpty();
    }

    @Test
    void masked_shows_region_and_last_four_only() {
        IdNumber id = IdNumber.parse("11010519491231002X").orElseThrow();
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).isEqualTo(id.masked());
        assertThat(id.last4()).isEqualTo("002X");
    }

    @Test
    void ID_numbers_inside_texts_are_masked() {
        assertThat(IdNumber.maskWithin("T11010519491231002X")).isEqualTo("T110105********002X");
        assertThat(IdNumber.maskWithin("TS1234Q2")).isEqualTo("TS1234Q2");
    }
}

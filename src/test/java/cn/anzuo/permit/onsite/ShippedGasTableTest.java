package cn.anzuo.permit.onsite;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anzuo.permit.onsite.domain.Gas;
import cn.anzuo.permit.onsite.domain.GasTable;
import cn.anzuo.support.AnzuoTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gas table we ship (migrations V5_0, V5_2), checked against DOMAIN.md §1.5 (LEL) and §4.3
 * (GBZ 2.1-2019 limits in mg/m³): every row of the standard's table is there with its numbers.
 */
@AnzuoTest
class ShippedGasTableTest {

    @Autowired GasTable table;

    @ParameterizedTest(name = "{0} {1}: MAC {2}, PC-TWA {3}, PC-STEL {4}")
    @CsvSource(nullValues = "-", textBlock = """
            H2S,    硫化氢,   10,  -,    -
            CO,     一氧化碳, -,   20,   30
            NO2,    二氧化氮, -,   5,    10
            NO,     一氧化氮, -,   5,    10
            CL2,    氯气,     1,   -,    -
            NH3,    氨,       -,   20,   30
            SO2,    二氧化硫, -,   5,    10
            HCN,    氰化氢,   1,   -,    -
            HCL,    氯化氢,   7.5, -,    -
            HF,     氟化氢,   2,   -,    -
            COCL2,  光气,     0.5, -,    -
            HCHO,   甲醛,     0.5, -,    -
            CH3OH,  甲醇,     -,   25,   50
            C6H6,   苯,       -,   3,    6
            C7H8,   甲苯,     -,   50,   100
            C8H10,  二甲苯,   -,   50,   100
            CO2,    二氧化碳, -,   9000, 18000
            C2H4O,  环氧乙烷, -,   0.6,  2
            C2H3CL, 氯乙烯,   -,   10,   25
            C3H3N,  丙烯腈,   -,   1,    2
            C6H5OH, 苯酚,     -,   10,   -
            O3,     臭氧,     0.3, -,    -
            H2O2,   过氧化氢, -,   1.5,  -
            """)
    void every_gbz_2_1_gas_of_domain_4_3_is_shipped_with_its_limits(String code, String name, BigDecimal mac,
            BigDecimal twa, BigDecimal stel) {
        Gas gas = table.byCode().get(code);
        assertThat(gas).as(code).isNotNull();
        assertThat(gas.nameZh()).isEqualTo(name);
        assertThat(gas.kind()).isEqualTo(Gas.Kind.TOXIC);
        assertLimit(code + " MAC", gas.macMgM3(), mac);
        assertLimit(code + " PC-TWA", gas.twaMgM3(), twa);
        assertLimit(code + " PC-STEL", gas.stelMgM3(), stel);
    }

    static void assertLimit(String what, BigDecimal shipped, BigDecimal expected) {
        if (expected == null) {
            assertThat(shipped).as(what).isNull();
        } else {
            assertThat(shipped).as(what).isEqualByComparingTo(expected);
        }
    }

    @Test
    void lower_explosive_limits_of_domain_1_5_decide_the_branch_of_5_3_2() {
        Map<String, Gas> gases = table.byCode();
        assertThat(gases.get("CH4").lelPctVol()).isEqualByComparingTo("5.0");
        assertThat(gases.get("H2").lelPctVol()).isEqualByComparingTo("4.0");
        assertThat(gases.get("C3H8").lelPctVol()).isEqualByComparingTo("2.1");
        assertThat(gases.get("O2").kind()).isEqualTo(Gas.Kind.OXYGEN);
    }
}

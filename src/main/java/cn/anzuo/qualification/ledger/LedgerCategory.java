package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.CertificateRegime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 证书类别 column: the official names of the three regimes, a few short forms, or the codes. */
final class LedgerCategory {

    private static final Map<CertificateRegime, String> NAMES = Map.of(
            CertificateRegime.SPECIAL_OPERATION, "特种作业操作证",
            CertificateRegime.SPECIAL_EQUIPMENT, "特种设备作业人员证",
            CertificateRegime.GUARDIAN, "监护人证");

    private static final Map<String, CertificateRegime> ALIASES = Map.of(
            "特种作业", CertificateRegime.SPECIAL_OPERATION,
            "特种作业证", CertificateRegime.SPECIAL_OPERATION,
            "特种设备", CertificateRegime.SPECIAL_EQUIPMENT,
            "特种设备作业证", CertificateRegime.SPECIAL_EQUIPMENT,
            "特种设备作业人员", CertificateRegime.SPECIAL_EQUIPMENT,
            "监护人", CertificateRegime.GUARDIAN,
            "监护人培训证", CertificateRegime.GUARDIAN);

    private LedgerCategory() {}

    static Optional<CertificateRegime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = LedgerColumn.normalize(text);
        for (Map.Entry<CertificateRegime, String> name : NAMES.entrySet()) {
            if (name.getValue().equals(value) || name.getKey().name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(name.getKey());
            }
        }
        return Optional.ofNullable(ALIASES.get(value));
    }

    /** The official name, as the template's 说明 lists it and the export writes it. */
    static String name(CertificateRegime regime) {
        return NAMES.get(regime);
    }
}

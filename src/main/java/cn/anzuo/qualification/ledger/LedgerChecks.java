package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.domain.CertificateDates;
import cn.anzuo.qualification.domain.CertificateItem;
import cn.anzuo.qualification.domain.CertificateRegistry;
import cn.anzuo.qualification.domain.IdNumber;
import cn.anzuo.qualification.domain.QualificationProblems.InvalidCertificateNumber;
import cn.anzuo.qualification.ledger.LedgerCells.DateValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The checks of one sheet, row by row, collecting every problem of a row rather than the first.
 * Stateful: it remembers earlier rows to find duplicates and differing names within the sheet.
 * Knows the company's catalogue (by code) and the names of the company's workers already
 * registered with the sheet's ID numbers (by the ID digest).
 */
final class LedgerChecks {

    static final int MAX_NAME = 50;
    static final int MAX_PHONE = 20;
    static final int MAX_EMPLOYER = 100;
    static final int MAX_AUTHORITY = 100;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]*");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");

    private record Earlier(int rowNo, String name) {}

    private final Map<String, CertificateItem> catalog;
    private final Map<String, String> registeredNames;
    private final UnaryOperator<String> digest;
    private final Map<String, Earlier> firstRowOfPerson = new HashMap<>();
    private final Map<String, Integer> firstRowOfCertificate = new HashMap<>();

    /**
     * @param catalog the company's certificate items by upper-case code
     * @param registeredNames names of the company's existing workers by ID digest
     * @param digest the keyed digest of a clear ID number
     */
    LedgerChecks(Map<String, CertificateItem> catalog, Map<String, String> registeredNames,
            UnaryOperator<String> digest) {
        this.catalog = catalog;
        this.registeredNames = registeredNames;
        this.digest = digest;
    }

    CheckedRow check(LedgerLine line) {
        List<RowProblem> problems = new ArrayList<>();
        checkPerson(line, problems);
        IdNumber id = idNumber(line, problems);
        Optional<CertificateRegime> regime = regime(line, problems);
        CertificateItem item = item(line, regime.orElse(null), problems);
        CertificateDates dates = dates(line, item, problems);
        String number = number(line, item, id, problems);
        if (id != null) {
            checkAgainstEarlier(line, id, problems);
        }
        return new CheckedRow(line, id, item, number, dates, List.copyOf(problems));
    }

    static String normalizedId(String cell) {
        return cell == null ? null : cell.replaceAll("[\\s\\u00A0\\u3000]", "");
    }

    private static void checkPerson(LedgerLine line, List<RowProblem> problems) {
        if (line.name() == null) {
            problems.add(RowProblem.of("MISSING_FIELD", LedgerColumn.NAME, LedgerColumn.NAME.header()));
        } else if (DIGIT.matcher(line.name()).matches()) {
            problems.add(RowProblem.of("INVALID_NAME", LedgerColumn.NAME));
        } else {
            tooLong(line.name(), LedgerColumn.NAME, MAX_NAME, problems);
        }
        if (line.phone() != null && (!PHONE.matcher(line.phone()).matches() || line.phone().length() > MAX_PHONE)) {
            problems.add(RowProblem.of("INVALID_PHONE", LedgerColumn.PHONE));
        }
        tooLong(line.employer(), LedgerColumn.EMPLOYER, MAX_EMPLOYER, problems);
        tooLong(line.authority(), LedgerColumn.AUTHORITY, MAX_AUTHORITY, problems);
    }

    private static void tooLong(String value, LedgerColumn column, int max, List<RowProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(RowProblem.of("VALUE_TOO_LONG", column, column.header(), max));
        }
    }

    private static IdNumber idNumber(LedgerLine line, List<RowProblem> problems) {
        if (line.idNumber() == null) {
            problems.add(RowProblem.of("MISSING_FIELD", LedgerColumn.ID_NUMBER, LedgerColumn.ID_NUMBER.header()));
            return null;
        }
        Optional<IdNumber> id = IdNumber.parse(normalizedId(line.idNumber()));
        if (id.isEmpty()) {
            problems.add(RowProblem.of("INVALID_ID_NUMBER", LedgerColumn.ID_NUMBER));
        }
        return id.orElse(null);
    }

    private static Optional<CertificateRegime> regime(LedgerLine line, List<RowProblem> problems) {
        if (line.category() == null) {
            problems.add(RowProblem.of("MISSING_FIELD", LedgerColumn.REGIME, LedgerColumn.REGIME.header()));
            return Optional.empty();
        }
        Optional<CertificateRegime> regime = LedgerCategory.parse(line.category());
        if (regime.isEmpty()) {
            problems.add(RowProblem.of("UNKNOWN_CERTIFICATE_CATEGORY", LedgerColumn.REGIME,
                    LedgerMask.within(line.category())));
        }
        return regime;
    }

    /** Like {@code CertificateCatalog.find}: the code must exist for the row's regime (any, if unknown). */
    private CertificateItem item(LedgerLine line, CertificateRegime regime, List<RowProblem> problems) {
        if (line.itemCode() == null) {
            problems.add(RowProblem.of("MISSING_FIELD", LedgerColumn.ITEM_CODE, LedgerColumn.ITEM_CODE.header()));
            return null;
        }
        CertificateItem item = catalog.get(line.itemCode().replaceAll("\\s", "").toUpperCase(Locale.ROOT));
        if (item == null || (regime != null && item.regime() != regime)) {
            problems.add(RowProblem.of("UNKNOWN_CERTIFICATE_ITEM", LedgerColumn.ITEM_CODE,
                    LedgerMask.within(line.itemCode())));
            return null;
        }
        return item;
    }

    private static CertificateDates dates(LedgerLine line, CertificateItem item, List<RowProblem> problems) {
        if (line.issuedOn().blank()) {
            problems.add(RowProblem.of("MISSING_FIELD", LedgerColumn.ISSUED_ON, LedgerColumn.ISSUED_ON.header()));
        }
        boolean readable = readable(line.issuedOn(), LedgerColumn.ISSUED_ON, problems)
                & readable(line.expiresOn(), LedgerColumn.EXPIRES_ON, problems)
                & readable(line.reviewDueOn(), LedgerColumn.REVIEW_DUE_ON, problems);
        if (!readable || line.issuedOn().blank() || item == null) {
            return null;
        }
        CertificateDates dates = CertificateDates.withDefaults(item.regime(), line.issuedOn().date(),
                line.expiresOn().date(), line.reviewDueOn().date());
        if (!dates.consistent()) {
            LedgerColumn column = dates.expiresOn().isBefore(dates.issuedOn())
                    ? LedgerColumn.EXPIRES_ON
                    : LedgerColumn.REVIEW_DUE_ON;
            problems.add(RowProblem.of("INVALID_DATES", column));
            return null;
        }
        return dates;
    }

    private static boolean readable(DateValue value, LedgerColumn column, List<RowProblem> problems) {
        if (value.bad()) {
            problems.add(RowProblem.of("BAD_DATE", column, column.header(), LedgerMask.within(value.raw())));
            return false;
        }
        return true;
    }

    /** {@link CertificateRegistry#checkedNumber}: 特种作业 "T" + ID number, others present and short. */
    private static String number(LedgerLine line, CertificateItem item, IdNumber id, List<RowProblem> problems) {
        if (item == null || (item.regime() == CertificateRegime.SPECIAL_OPERATION && id == null)) {
            return null;
        }
        try {
            return CertificateRegistry.checkedNumber(item.regime(), line.number(), id);
        } catch (InvalidCertificateNumber e) {
            problems.add(RowProblem.of("INVALID_CERTIFICATE_NUMBER", LedgerColumn.NUMBER));
            return null;
        }
    }

    private void checkAgainstEarlier(LedgerLine line, IdNumber id, List<RowProblem> problems) {
        String key = digest.apply(id.value());
        Earlier earlier = firstRowOfPerson.putIfAbsent(key, new Earlier(line.rowNo(), line.name()));
        String registered = registeredNames.get(key);
        if (line.name() != null && earlier != null && earlier.name() != null && !earlier.name().equals(line.name())) {
            problems.add(RowProblem.of("NAME_MISMATCH", LedgerColumn.NAME, earlier.rowNo(), earlier.name()));
        } else if (line.name() != null && registered != null && !registered.equals(line.name())) {
            problems.add(RowProblem.of("NAME_MISMATCH", LedgerColumn.NAME, registered)
                    .withKey("ledger.nameMismatch.registered"));
        }
        if (line.itemCode() != null) {
            String certificate = key + "|" + line.itemCode().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            Integer first = firstRowOfCertificate.putIfAbsent(certificate, line.rowNo());
            if (first != null) {
                problems.add(RowProblem.of("DUPLICATE_ROW", LedgerColumn.ITEM_CODE, first));
            }
        }
    }
}

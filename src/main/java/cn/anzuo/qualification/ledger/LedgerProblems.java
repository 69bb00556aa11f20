package cn.anzuo.qualification.ledger;

import cn.anzuo.shared.problem.ProblemKind;
import cn.anzuo.shared.problem.BusinessProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The refusals of the ledger import as a whole; problems of single rows are {@link RowProblem}s. */
final class LedgerProblems {

    private LedgerProblems() {}

    /**
     * Not an .xlsx we can read, or no header with our columns. The reason is a message key of the
     * ledger bundle, resolved into the detail in the caller's language.
     */
    static final class InvalidSpreadsheet extends BusinessProblem {
        InvalidSpreadsheet(String reasonKey, Object... reasonArgs) {
            super(ProblemKind.RULE, "INVALID_SPREADSHEET", "file",
                    new DefaultMessageSourceResolvable(new String[] {reasonKey}, reasonArgs));
        }
    }

    /** The .xlsx inflates to more than {@link InflationLimit#MAX_INFLATED_BYTES} (a zip bomb, or not a ledger). */
    static final class SpreadsheetTooLarge extends BusinessProblem {
        SpreadsheetTooLarge(long maxMegabytes) {
            super(ProblemKind.RULE, "SPREADSHEET_TOO_LARGE", "file", maxMegabytes);
        }
    }

    /** One cell holds more text than any ledger field can (names, numbers and authorities are short). */
    static final class CellTooLong extends BusinessProblem {
        CellTooLong(String cell, int maxCharacters) {
            super(ProblemKind.RULE, "CELL_TOO_LONG", "file", cell, maxCharacters);
        }
    }

    static final class TooManyRows extends BusinessProblem {
        TooManyRows(int max) {
            super(ProblemKind.RULE, "TOO_MANY_ROWS", "file", max);
        }
    }

    static final class ImportAlreadyConfirmed extends BusinessProblem {
        ImportAlreadyConfirmed() {
            super(ProblemKind.CONFLICT, "IMPORT_ALREADY_CONFIRMED");
        }
    }

    /** The preview is older than {@link LedgerImports#PREVIEW_LIFETIME}: upload the sheet again. */
    static final class ImportExpired extends BusinessProblem {
        ImportExpired() {
            super(ProblemKind.CONFLICT, "IMPORT_EXPIRED");
        }
    }

    /** Someone else registered one of the sheet's workers at the same moment; confirming again works. */
    static final class ImportConflict extends BusinessProblem {
        ImportConflict() {
            super(ProblemKind.CONFLICT, "IMPORT_CONFLICT");
        }
    }
}

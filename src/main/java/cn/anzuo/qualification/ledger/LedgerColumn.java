package cn.anzuo.qualification.ledger;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The columns of the 台账 sheet, in template order. The Chinese headers are the file format (the
 * sheets the plants already keep), so they are constants here, not message texts; a header matches
 * when it equals ours without spaces and without a remark in brackets, e.g. "所属单位".
 */
enum LedgerColumn {
    NAME("姓名", "name"),
    ID_NUMBER("身份证号", "idNumber"),
    PHONE("手机号", "phone"),
    EMPLOYER("所属单位(承包商填写)", "employer"),
    REGIME("证书类别", "regime"),
    ITEM_CODE("项目代码", "itemCode"),
    NUMBER("证书编号", "number"),
    AUTHORITY("发证机关", "authority"),
    ISSUED_ON("发证日期", "issuedOn"),
    EXPIRES_ON("有效期至", "expiresOn"),
    REVIEW_DUE_ON("复审日期", "reviewDueOn");

    /** The extra column of an export: the certificate's status today. */
    static final String STATUS_HEADER = "状态";

    private static final Pattern REMARK = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private final String header;
    private final String field;

    LedgerColumn(String header, String field) {
        this.header = header;
        this.field = field;
    }

    String header() {
        return header;
    }

    /** The name of the field in API problems ({@code errors[].field}) and forms. */
    String field() {
        return field;
    }

    boolean matches(String text) {
        return normalize(header).equals(normalize(text));
    }

    static String headerOf(String field) {
        for (LedgerColumn column : values()) {
            if (column.field.equals(field)) {
                return column.header;
            }
        }
        return field;
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return SPACE.matcher(REMARK.matcher(text).replaceAll("")).replaceAll("").toUpperCase(Locale.ROOT);
    }
}

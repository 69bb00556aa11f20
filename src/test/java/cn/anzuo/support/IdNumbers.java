package cn.anzuo.support;

import cn.anzuo.qualification.domain.IdNumber;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, random ID numbers for tests (a fresh one per call, so runs on one database never collide). */
public final class IdNumbers {

    private IdNumbers() {}

    public static String random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(r.nextInt(35 * 365));
        String first17 = "3201" + String.format("%02d", 1 + r.nextInt(15)) + birth.toString().replace("-", "")
                + String.format("%03d", r.nextInt(1000));
        return first17 + IdNumber.checkDigit(first17);
    }

    /** The same number with a wrong check digit. */
    public static String withWrongCheckDigit(String valid) {
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }
}

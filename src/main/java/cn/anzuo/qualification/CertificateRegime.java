package cn.anzuo.qualification;

/** The three kinds of certificate Anzuo keeps; they are separate and not interchangeable. */
public enum CertificateRegime {
    /** 特种作业操作证 (应急管理部): 6 years, review every 3 years, number "T" + ID number. */
    SPECIAL_OPERATION,
    /** 特种设备作业人员证 (市场监管): 4 years. */
    SPECIAL_EQUIPMENT,
    /** 监护人 training certificate (GB 30871 4.10). */
    GUARDIAN
}

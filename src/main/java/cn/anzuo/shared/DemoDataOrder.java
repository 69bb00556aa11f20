package cn.anzuo.shared;

/** The order in which modules seed the demo plant: later modules build on earlier ones. */
public final class DemoDataOrder {

    public static final int ORGANIZATION = 100;
    public static final int QUALIFICATION = 200;
    public static final int PERMIT = 300;
    public static final int ONSITE = 400;
    public static final int MONITORING = 500;

    private DemoDataOrder() {}
}

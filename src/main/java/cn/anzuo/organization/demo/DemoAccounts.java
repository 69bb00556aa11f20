package cn.anzuo.organization.demo;

import static cn.anzuo.shared.security.Role.*;

import cn.anzuo.shared.security.Role;
import java.util.List;

/**
 * The demo users of the embedded default, each with the story they walk (password {@link #PASSWORD}).
 * The login page lists them all, so a newcomer can try every role without reading the README.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "anzuo-demo";

    /** A demo login: its username, name, company code and roles. */
    public record Account(String username, String displayName, String companyCode, List<Role> roles) {}

    public static final List<Account> ALL = List.of(
            new Account("admin", "王建国", "DEMO", List.of(COMPANY_ADMIN, GROUP_ADMIN)),
            new Account("leader", "李强", "DEMO", List.of(WORK_LEADER)),
            new Account("unit", "赵明", "DEMO", List.of(UNIT_APPROVER)),
            new Account("dept", "钱伟", "DEMO", List.of(DEPT_APPROVER)),
            new Account("safety", "孙丽", "DEMO", List.of(SAFETY_OFFICER)),
            new Account("plant", "周国平", "DEMO", List.of(PLANT_LEADER)),
            new Account("guardian", "吴刚", "DEMO", List.of(GUARDIAN)),
            new Account("worker", "郑海", "DEMO", List.of(WORKER)),
            new Account("auditor", "冯静", "DEMO", List.of(AUDITOR)),
            new Account("analyst", "陈晓", "DEMO", List.of(GAS_ANALYST)),
            new Account("shift", "褚志远", "DEMO", List.of(SHIFT_LEADER)),
            new Account("power", "卫东", "DEMO", List.of(POWER_SUPPLIER)),
            new Account("yz-admin", "蒋涛", "DEMO-YZ", List.of(COMPANY_ADMIN)),
            new Account("yz-leader", "沈阳", "DEMO-YZ", List.of(WORK_LEADER)),
            new Account("yz-foreman", "韩磊", "DEMO-YZ", List.of(WORK_LEADER)),
            new Account("yz-safety", "杨敏", "DEMO-YZ", List.of(SAFETY_OFFICER)),
            new Account("yz-plant", "朱建军", "DEMO-YZ", List.of(PLANT_LEADER)),
            new Account("yz-guardian", "秦勇", "DEMO-YZ", List.of(GUARDIAN)),
            new Account("yz-worker", "许亮", "DEMO-YZ", List.of(WORKER)));

    private DemoAccounts() {}
}

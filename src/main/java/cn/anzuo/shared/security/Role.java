package cn.anzuo.shared.security;

/** The roles of PRODUCT.md §1. A user may hold several. */
public enum Role {
    /** 作业人员: holds certificates, is named on permits, checks in on site. */
    WORKER,
    /** 作业负责人 / 班组长: applies for permits and names the crew. */
    WORK_LEADER,
    /** 监护人: stays on site for the whole job and can stop it. */
    GUARDIAN,
    /** 分析人: records gas analyses. */
    GAS_ANALYST,
    /** 所在基层单位(车间)负责人. */
    UNIT_APPROVER,
    /** 所在单位专业部门. */
    DEPT_APPROVER,
    /** 安全员 / 安全管理部门. */
    SAFETY_OFFICER,
    /** 主管领导 / 分管领导 / 主管厂长. */
    PLANT_LEADER,
    /** 配送电单位. */
    POWER_SUPPLIER,
    /** 当班班长: checks a hot-work permit before ignition (验票). */
    SHIFT_LEADER,
    /** 稽查: read-only, spot checks. */
    AUDITOR,
    /** 企业管理员: users, sites, checkpoints, devices and rules of one company. */
    COMPANY_ADMIN,
    /** 集团管理员: all subsidiaries of their subtree. */
    GROUP_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}

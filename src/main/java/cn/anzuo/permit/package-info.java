/**
 * Permits (作业票): the eight special operations of GB 30871-2022 with their levels, checklists,
 * validity caps and approval chains; the qualification gate (人证岗一致) at application; approvals
 * with separation of duties, signatures and the expedite channel; and on site (sub-package {@code onsite}):
 * checkpoints, check-ins, gas analyses and headcounts, the evidence the permit's lifecycle is decided on
 * (ADR 0012). Other modules use the {@link cn.anzuo.permit.Permits} facade and the events of this package.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Permits",
        allowedDependencies = {"organization", "qualification", "shared"})
package cn.anzuo.permit;

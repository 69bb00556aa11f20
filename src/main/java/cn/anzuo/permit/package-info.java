/**
 * Permits (作业票): the eight special operations of GB 30871-2022 with their levels, checklists,
 * validity caps and approval chains; the qualification gate (人证岗一致) at application; approvals
 * with separation of duties, signatures and the expedite channel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Permits")
package cn.anzuo.permit;

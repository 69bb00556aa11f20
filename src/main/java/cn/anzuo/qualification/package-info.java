/**
 * Qualifications (人员资质): workers, their certificates with live status, verification, reminders
 * and the Excel 台账 import. Other modules ask it one question through {@link
 * cn.anzuo.qualification.Qualifications}: is worker W qualified for work type T from {@code from}
 * to {@code to}, and if not, why?
 */
@org.springframework.modulith.ApplicationModule(displayName = "Qualifications", allowedDependencies = {"organization", "shared"})
package cn.anzuo.qualification;

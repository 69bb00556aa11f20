/**
 * The small open kernel every module may use: roles and the signed-in user, time, problems (RFC 9457
 * errors with stable codes), list pages and web conventions.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.anzuo.shared;

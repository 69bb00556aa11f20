/**
 * Organisation: companies as a tree (group → subsidiaries), their sites with geofences, the users
 * with their roles, company policy, and who may see which company. Every other module asks this
 * one "may this user see that company?" and "what is this company's policy?".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "shared")
package cn.anzuo.organization;

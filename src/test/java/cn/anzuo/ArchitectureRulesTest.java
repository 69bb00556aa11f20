package cn.anzuo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.anzuo.support.OurClasses;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * House rules the module check does not cover (HOUSE-STYLE.md): the permit's transitions are made only
 * where its rules are (its domain, and the demo data that tells its story); web controllers stay
 * package-private; other modules reach permits through the facade only; refusals are named by kind in the
 * domain (ProblemKind) and become HTTP statuses only in the web layer (ProblemStatus).
 */
class ArchitectureRulesTest {

    static final JavaClasses CLASSES = OurClasses.MAIN;

    @Test
    void only_the_permit_domain_moves_a_permit() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("cn.anzuo.permit.domain..", "cn.anzuo.permit.demo..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.base.DescribedPredicate.describe("WorkPermit",
                                        c -> c.getName().equals("cn.anzuo.permit.domain.WorkPermit"))))
                        .and(com.tngtech.archunit.base.DescribedPredicate.describe("a transition",
                                call -> java.util.Set.of("start", "suspend", "resume", "complete", "accept", "cancel",
                                        "decide", "applyTimeRules", "recordCheckIn", "recordShiftCheck")
                                        .contains(call.getName()))));
        rule.check(CLASSES);
    }

    @Test
    void controllers_are_package_private() {
        ArchRule rule = classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notHaveModifier(JavaModifier.PUBLIC);
        rule.check(CLASSES);
    }

    @Test
    void other_modules_reach_permits_through_the_facade_and_events_only() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("cn.anzuo.permit..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.anzuo.permit.domain..", "cn.anzuo.permit.onsite..",
                        "cn.anzuo.permit.web..");
        rule.check(CLASSES);
    }

    @Test
    void the_domain_refuses_in_its_own_words_and_never_speaks_http() {
        ArchRule rule = noClasses().that().resideInAnyPackage("cn.anzuo..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                        "org.springframework.web..", "jakarta.servlet..");
        rule.check(CLASSES);
    }

    /**
     * Spring Modulith records a publication for every after-commit listener and marks it in a new transaction: run in
     * the committing thread, that is a second connection while the first is still held, which starved the pool under
     * load on PostgreSQL (ADR 0062). After-commit listeners therefore run asynchronously, or are plain listeners.
     */
    @Test
    void after_commit_listeners_run_asynchronously() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.springframework.transaction.event.TransactionalEventListener.class)
                .should().beAnnotatedWith(org.springframework.scheduling.annotation.Async.class);
        rule.check(CLASSES);
    }
}

package cn.anzuo.permit.web;

import cn.anzuo.organization.Organization;
import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.PermitRisk;
import cn.anzuo.permit.PermitRiskAssessor;
import cn.anzuo.permit.Permits;
import cn.anzuo.permit.domain.WorkPermit;
import cn.anzuo.qualification.Qualifications;
import cn.anzuo.qualification.WorkerView;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders permits with the names of their people and site, a few queries for a whole list. In one read-only
 * transaction: one connection and one commit for the dozen reads of a permit's view, and the company and site read
 * once ({@link cn.anzuo.shared.TransactionMemo}).
 */
@Component
@Transactional(readOnly = true)
class PermitViews {

    private final Qualifications qualifications;
    private final Organization organization;
    private final List<cn.anzuo.permit.PermitFlagSource> flagSources;
    private final List<PermitRiskAssessor> riskAssessors;
    private final cn.anzuo.permit.weather.domain.WeatherRules weather;

    PermitViews(Qualifications qualifications, Organization organization,
            List<cn.anzuo.permit.PermitFlagSource> flagSources, List<PermitRiskAssessor> riskAssessors,
            cn.anzuo.permit.weather.domain.WeatherRules weather) {
        this.weather = weather;
        this.flagSources = flagSources;
        this.riskAssessors = riskAssessors;
        this.qualifications = qualifications;
        this.organization = organization;
    }

    /** One permit, with its risk score: lists leave the score out (each costs a few queries). */
    PermitResponse one(WorkPermit permit, List<String> warnings) {
        List<String> all = new java.util.ArrayList<>(warnings);
        weather.warnings(permit).stream().filter(w -> !all.contains(w)).forEach(all::add); // approvers see it too
        return render(List.of(permit), all, true).getFirst();
    }

    List<PermitResponse> many(Collection<WorkPermit> permits) {
        return render(permits, List.of(), false);
    }

    private List<PermitResponse> render(Collection<WorkPermit> permits, List<String> warnings, boolean withRisk) {
        Set<UUID> people = new HashSet<>();
        permits.forEach(p -> {
            people.add(p.leaderId());
            people.add(p.guardianId());
            people.addAll(p.workerIds());
        });
        Map<UUID, String> names = qualifications.workers(people).stream()
                .collect(Collectors.toMap(WorkerView::id, WorkerView::name));
        Map<UUID, String> sites = organization.siteNames(permits.stream().map(WorkPermit::siteId)
                .collect(Collectors.toSet()));
        Map<UUID, java.time.ZoneId> zones = new HashMap<>();
        return permits.stream().map(p -> PermitResponse.of(p, names, sites.get(p.siteId()),
                        zones.computeIfAbsent(p.companyId(), id -> organization.policy(id).zone()), warnings,
                        flags(p.id()), withRisk ? risk(p) : null))
                .toList();
    }

    private PermitRisk risk(WorkPermit p) {
        PermitRecord record = Permits.record(p);
        return riskAssessors.stream().flatMap(a -> a.assess(record).stream()).findFirst().orElse(null);
    }

    private List<String> flags(UUID permitId) {
        return flagSources.stream().flatMap(s -> s.flagsOf(permitId).stream()).distinct().sorted().toList();
    }
}

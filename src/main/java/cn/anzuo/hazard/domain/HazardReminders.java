package cn.anzuo.hazard.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Overdue hazards are reminded once a day (API.md "Overdue hazards remind"), on one node. */
@Component
class HazardReminders {

    private final Hazards hazards;

    HazardReminders(Hazards hazards) {
        this.hazards = hazards;
    }

    @Scheduled(fixedDelayString = "${anzuo.hazard.reminder-interval:PT15M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "hazard-reminders", lockAtMostFor = "PT10M")
    void scheduled() {
        hazards.remindOverdue();
    }
}

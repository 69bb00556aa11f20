package cn.anzuo.qualification.demo;

import cn.anzuo.qualification.domain.CertificateReminders;
import cn.anzuo.shared.DemoDataOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sends the demo plant's certificate reminders (expiring, expired, review overdue) at start-up rather
 * than at the next hourly run, so the inbox and the 证书到期 page have them in the first minute.
 * The reminder job claims each reminder once, so this never sends one twice. Off where scheduling is
 * off (tests move their clock and run reminders themselves).
 */
@Component
@ConditionalOnBooleanProperty("anzuo.demo.enabled")
@ConditionalOnBooleanProperty(name = "anzuo.scheduling.enabled", matchIfMissing = true)
@Order(DemoDataOrder.QUALIFICATION + 50)
class DemoReminders implements ApplicationRunner {

    private final CertificateReminders reminders;

    DemoReminders(CertificateReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void run(ApplicationArguments args) {
        reminders.scheduled();
    }
}

package cn.anzuo.qualification.demo;

import cn.anzuo.organization.CompanyView;
import cn.anzuo.organization.Organization;
import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.domain.Certificate;
import cn.anzuo.qualification.domain.Certificate.VerificationMethod;
import cn.anzuo.qualification.domain.CertificateCatalog;
import cn.anzuo.qualification.domain.CertificateDates;
import cn.anzuo.qualification.domain.CertificateRepository;
import cn.anzuo.qualification.domain.IdNumber;
import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.qualification.domain.StoredFiles;
import cn.anzuo.qualification.domain.Worker;
import cn.anzuo.qualification.domain.WorkerRepository;
import cn.anzuo.shared.DemoDataOrder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 44 workers of the demo plant, contractors among them, with certificates in every status: most
 * valid and verified, some expiring within 15 days, one expired, one review overdue, one revoked,
 * a few unverified, and guardians with guardian certificates. The demo users {@code leader},
 * {@code worker} and {@code guardian} are linked to their worker records.
 */
@Component
@ConditionalOnBooleanProperty("anzuo.demo.enabled")
@Order(DemoDataOrder.QUALIFICATION)
class QualificationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QualificationDemoData.class);
    /** A 1×1 PNG standing in for the screenshot of the official query result. */
    private static final byte[] EVIDENCE = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final String[] REGIONS = {"320111", "320106", "320113", "321002", "320830", "342401", "370281", "411302"};
    private static final String[] CONTRACTORS = {"江苏安建工程有限公司", "南京石化检修服务有限公司", "扬子起重吊装有限公司"};

    private final Organization organization;
    private final WorkerRepository workers;
    private final CertificateRepository certificates;
    private final CertificateCatalog catalog;
    private final StoredFiles files;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    QualificationDemoData(Organization organization, WorkerRepository workers, CertificateRepository certificates,
            CertificateCatalog catalog, StoredFiles files, PersonalDataCipher cipher, Clock clock) {
        this.organization = organization;
        this.workers = workers;
        this.certificates = certificates;
        this.catalog = catalog;
        this.files = files;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** What a demo person does; decides the certificate. */
    private enum Trade { WELDER, ELECTRICIAN, SCAFFOLDER, CRANE, SIGNALLER, FORKLIFT, GUARDIAN, LEADER }

    private record Person(String name, Trade trade, String username, int contractor) {}

    private static final List<Person> PEOPLE = List.of(
            new Person("李强", Trade.LEADER, "leader", -1), new Person("郑海", Trade.WELDER, "worker", -1),
            new Person("吴刚", Trade.GUARDIAN, "guardian", -1), new Person("王磊", Trade.WELDER, null, -1),
            new Person("张伟", Trade.WELDER, null, 0), new Person("刘洋", Trade.WELDER, null, 0),
            new Person("陈杰", Trade.WELDER, null, 1), new Person("杨帆", Trade.WELDER, null, -1),
            new Person("赵勇", Trade.WELDER, null, -1), new Person("黄志强", Trade.WELDER, null, 1),
            new Person("周斌", Trade.ELECTRICIAN, null, -1), new Person("吴军", Trade.ELECTRICIAN, null, -1),
            new Person("徐涛", Trade.ELECTRICIAN, null, 0), new Person("孙鹏", Trade.ELECTRICIAN, null, -1),
            new Person("马超", Trade.ELECTRICIAN, null, 1), new Person("朱明", Trade.SCAFFOLDER, null, 0),
            new Person("胡斌", Trade.SCAFFOLDER, null, 0), new Person("郭亮", Trade.SCAFFOLDER, null, -1),
            new Person("何平", Trade.SCAFFOLDER, null, 0), new Person("高飞", Trade.SCAFFOLDER, null, -1),
            new Person("林峰", Trade.CRANE, null, 2), new Person("罗刚", Trade.CRANE, null, 2),
            new Person("梁宇", Trade.SIGNALLER, null, 2), new Person("宋健", Trade.SIGNALLER, null, 2),
            new Person("谢东", Trade.FORKLIFT, null, -1), new Person("韩冰", Trade.FORKLIFT, null, -1),
            new Person("唐俊", Trade.GUARDIAN, null, -1), new Person("冯雪", Trade.GUARDIAN, null, -1),
            new Person("于洋", Trade.GUARDIAN, null, -1), new Person("董建华", Trade.GUARDIAN, null, -1),
            new Person("萧然", Trade.WELDER, null, 1), new Person("程远", Trade.WELDER, null, 0),
            new Person("曹阳", Trade.ELECTRICIAN, null, 0), new Person("袁博", Trade.SCAFFOLDER, null, 1),
            new Person("邓凯", Trade.WELDER, null, -1), new Person("许诺", Trade.ELECTRICIAN, null, -1),
            new Person("傅磊", Trade.CRANE, null, 2), new Person("沈浩", Trade.WELDER, null, 0),
            new Person("曾敏", Trade.GUARDIAN, null, -1), new Person("彭涛", Trade.SCAFFOLDER, null, 0),
            new Person("吕斌", Trade.WELDER, null, 1), new Person("苏晨", Trade.ELECTRICIAN, null, 0),
            new Person("卢军", Trade.FORKLIFT, null, -1), new Person("蒋伟", Trade.WELDER, null, -1));

    /** The subsidiary DEMO-YZ: enough people for its own height-work story (applicant, crew, guardian). */
    private static final List<Person> YANGZHOU = List.of(
            new Person("沈阳", Trade.LEADER, "yz-leader", -1), new Person("许亮", Trade.SCAFFOLDER, "yz-worker", -1),
            new Person("秦勇", Trade.GUARDIAN, "yz-guardian", -1), new Person("韩磊", Trade.LEADER, "yz-foreman", -1),
            new Person("蔡华", Trade.SCAFFOLDER, null, -1), new Person("潘伟", Trade.WELDER, null, -1),
            new Person("田野", Trade.ELECTRICIAN, null, -1), new Person("姜红", Trade.GUARDIAN, null, -1));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seed("DEMO", PEOPLE, 20261201L, true);
        seed("DEMO-YZ", YANGZHOU, 20261202L, false);
    }

    private void seed(String companyCode, List<Person> people, long seed, boolean storyDates) {
        CompanyView company = organization.companyByCode(companyCode).orElse(null);
        if (company == null || !workers.findByCompanyId(company.id()).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, organization.policy(company.id()).zone());
        UUID admin = organization.usersWithRole(company.id(), cn.anzuo.shared.security.Role.COMPANY_ADMIN).getFirst().id();
        UUID evidence = files.store(company.id(), admin, "国家安全生产考试-查询结果.png", EVIDENCE).id();
        Random random = new Random(seed);
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            IdNumber id = idNumber(random);
            String employer = person.contractor() < 0 ? null : CONTRACTORS[person.contractor()];
            Worker worker = workers.save(Worker.register(company.id(), person.name(), id,
                    "13" + (800000000 + random.nextInt(99999999)), employer, cipher, now));
            if (person.username() != null) {
                organization.linkWorker(person.username(), worker.id());
            }
            // Only DEMO tells the date story (expiring, expired, revoked, unverified); DEMO-YZ is all valid.
            int story = storyDates ? i : 100 + i;
            for (Certificate c : certificatesOf(person, story, worker, id, today, now)) {
                if (!(story == 7 || story == 15 || story == 33)) {
                    c.verify(VerificationMethod.MANUAL, admin, evidence, now);
                }
                if (story == 12) {
                    c.revoke(admin, "复审时发现证书信息与本人不符", now);
                }
                certificates.save(c);
            }
        }
        log.info("Demo data: {} workers with certificates in {}", people.size(), companyCode);
    }

    private List<Certificate> certificatesOf(Person p, int index, Worker worker, IdNumber id, LocalDate today, Instant now) {
        // Index decides the date story: a few expire soon, one expired, one review overdue.
        LocalDate issued = today.minusMonths(6 + (index * 7) % 30);
        LocalDate expires = null;
        LocalDate review = null;
        switch (index) {
            case 4, 10, 16, 21, 27 -> {
                expires = today.plusDays(3 + index % 11);
                issued = expires.minusYears(6);
                review = expires;
            }
            case 5 -> {
                expires = today.minusDays(20);
                issued = expires.minusYears(6);
                review = expires;
            }
            case 6 -> { issued = today.minusYears(3).minusMonths(4); review = issued.plusYears(3); }
            default -> { }
        }
        return switch (p.trade()) {
            case WELDER, LEADER -> List.of(specialOperation(worker, id, "2.1", issued, expires, review, now));
            case ELECTRICIAN -> List.of(specialOperation(worker, id, index % 2 == 0 ? "1.1" : "1.2", issued, expires, review, now));
            case SCAFFOLDER -> List.of(specialOperation(worker, id, index % 2 == 0 ? "3.1" : "3.2", issued, expires, review, now));
            case CRANE -> List.of(other(worker, CertificateRegime.SPECIAL_EQUIPMENT, "Q2", "TS" + id.last4() + "Q2", issued, expires, now));
            case SIGNALLER -> List.of(other(worker, CertificateRegime.SPECIAL_EQUIPMENT, "Q1", "TS" + id.last4() + "Q1", issued, expires, now));
            case FORKLIFT -> List.of(other(worker, CertificateRegime.SPECIAL_EQUIPMENT, "N1", "TS" + id.last4() + "N1", issued, expires, now));
            case GUARDIAN -> List.of(other(worker, CertificateRegime.GUARDIAN, "GUARDIAN", "JH-2026-" + (100 + index), issued, expires, now));
        };
    }

    private Certificate specialOperation(Worker worker, IdNumber id, String item, LocalDate issued, LocalDate expires,
            LocalDate review, Instant now) {
        CertificateDates dates = CertificateDates.withDefaults(CertificateRegime.SPECIAL_OPERATION, issued, expires, review);
        return Certificate.issue(worker.companyId(), worker.id(),
                catalog.require(worker.companyId(), CertificateRegime.SPECIAL_OPERATION, item), "T" + id.value(),
                "南京市应急管理局", dates, cipher, now);
    }

    private Certificate other(Worker worker, CertificateRegime regime, String item, String number, LocalDate issued,
            LocalDate expires, Instant now) {
        CertificateDates dates = CertificateDates.withDefaults(regime, issued, expires, null);
        String authority = regime == CertificateRegime.GUARDIAN ? "示范化工有限公司安全环保部" : "南京市市场监督管理局";
        return Certificate.issue(worker.companyId(), worker.id(), catalog.require(worker.companyId(), regime, item),
                number, authority, dates, cipher, now);
    }

    private static IdNumber idNumber(Random random) {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        LocalDate birth = LocalDate.of(1968, 1, 1).plusDays(random.nextInt(30 * 365));
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return IdNumber.parse(first17 + IdNumber.checkDigit(first17)).orElseThrow();
    }
}

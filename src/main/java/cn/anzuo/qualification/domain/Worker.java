package cn.anzuo.qualification.domain;

import cn.anzuo.shared.crypto.PersonalDataCipher;
import cn.anzuo.qualification.WorkerView;
import cn.anzuo.shared.ChineseNameOrder;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A worker (作业人员): an employee, or a contractor's worker with an {@code employer}. The ID number
 * is kept only encrypted, as a keyed digest for uniqueness, masked, and by its last four digits.
 */
@Table("worker")
public class Worker {

    @Id
    private final UUID id;

    private final UUID companyId;
    private String name;
    /** {@link ChineseNameOrder#key} of the name: lists are ordered by it in the database. */
    private byte[] nameKey;
    private final String idNumberCipher;
    private final String idNumberDigest;
    private final String idNumberMasked;
    private final String idLast4;
    private String phone;
    private String employer;
    private UUID photoId;
    private final Instant createdAt;
    /** False once disabled; set by Spring Data from the column, true for a new worker. */
    private boolean enabled = true;

    @Version
    private Long version;

    @PersistenceCreator
    Worker(UUID id, UUID companyId, String name, String idNumberCipher, String idNumberDigest, String idNumberMasked,
            String idLast4, String phone, String employer, UUID photoId, Instant createdAt, Long version) {
        this.id = id;
        this.companyId = companyId;
        this.name = name;
        this.idNumberCipher = idNumberCipher;
        this.idNumberDigest = idNumberDigest;
        this.idNumberMasked = idNumberMasked;
        this.idLast4 = idLast4;
        this.phone = phone;
        this.employer = employer;
        this.photoId = photoId;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static Worker register(UUID companyId, String name, IdNumber idNumber, String phone, String employer,
            PersonalDataCipher cipher, Instant now) {
        Worker worker = new Worker(UUID.randomUUID(), companyId, name, cipher.encrypt(idNumber.value()),
                cipher.digest(idNumber.value()), idNumber.masked(), idNumber.last4(), blankToNull(phone),
                blankToNull(employer), null, now, null);
        // set here, not in the constructor Spring Data loads with: the stored key comes back from the column
        worker.nameKey = ChineseNameOrder.key(name);
        return worker;
    }

    /** Re-import of the ledger: name, phone and employer follow the newer sheet. */
    public void updateContact(String newName, String newPhone, String newEmployer) {
        this.name = newName;
        this.nameKey = ChineseNameOrder.key(newName);
        this.phone = blankToNull(newPhone);
        this.employer = blankToNull(newEmployer);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean enabled() {
        return enabled;
    }

    public void attachPhoto(UUID fileId) {
        this.photoId = fileId;
    }

    /** The clear ID number, for checks such as "certificate number = T + ID"; never for output. */
    public IdNumber idNumber(PersonalDataCipher cipher) {
        return IdNumber.parse(cipher.decrypt(idNumberCipher)).orElseThrow();
    }

    public WorkerView view() {
        return new WorkerView(id, companyId, name, idNumberMasked, phone, employer);
    }

    public UUID id() {
        return id;
    }

    public UUID companyId() {
        return companyId;
    }

    public String name() {
        return name;
    }

    /** The keyed digest of the ID number, to match a worker without decrypting. */
    public String idNumberDigest() {
        return idNumberDigest;
    }

    public UUID photoId() {
        return photoId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

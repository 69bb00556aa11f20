package cn.anzuo.qualification.domain;

import cn.anzuo.qualification.CertificateRegime;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One entry of the certificate catalogue; {@code companyId} null means it applies to every company. */
@Table("certificate_item")
public record CertificateItem(
        @Id UUID id, UUID companyId, CertificateRegime regime, String itemCode, String itemName, String category,
        int sortOrder) {}

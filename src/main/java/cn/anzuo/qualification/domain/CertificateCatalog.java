package cn.anzuo.qualification.domain;

import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.domain.QualificationProblems.UnknownCertificateItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The certificate catalogue as data: 特种作业目录, 特种设备 items and GUARDIAN, extensible per company. */
@Service
public class CertificateCatalog {

    private final CertificateItemRepository items;

    CertificateCatalog(CertificateItemRepository items) {
        this.items = items;
    }

    public List<CertificateItem> itemsFor(UUID companyId) {
        return items.catalogFor(companyId);
    }

    /** Items by code; a company's own item of the same code wins over the shared one. */
    public Map<String, CertificateItem> byCode(UUID companyId) {
        Map<String, CertificateItem> byCode = new LinkedHashMap<>();
        itemsFor(companyId).forEach(item -> byCode.put(item.itemCode().toUpperCase(Locale.ROOT), item));
        return byCode;
    }

    public Optional<CertificateItem> find(UUID companyId, CertificateRegime regime, String itemCode) {
        if (itemCode == null) {
            return Optional.empty();
        }
        CertificateItem item = byCode(companyId).get(itemCode.trim().toUpperCase(Locale.ROOT));
        return Optional.ofNullable(item).filter(i -> regime == null || i.regime() == regime);
    }

    public CertificateItem require(UUID companyId, CertificateRegime regime, String itemCode) {
        return find(companyId, regime, itemCode).orElseThrow(() -> new UnknownCertificateItem(itemCode));
    }
}

package cn.anzuo.qualification.web;

import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.domain.CertificateCatalog;
import cn.anzuo.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Workers and certificates")
class CatalogApiController {

    private final CertificateCatalog catalog;

    CatalogApiController(CertificateCatalog catalog) {
        this.catalog = catalog;
    }

    record CatalogItem(CertificateRegime regime, String itemCode, String itemName, String category) {}

    @GetMapping("/certificate-items")
    @Operation(summary = "The certificate catalogue: 特种作业 1.1 … 10.5, 特种设备 items, GUARDIAN, plus the company's own")
    List<CatalogItem> items(CurrentUser user) {
        return catalog.itemsFor(user.companyId()).stream()
                .map(i -> new CatalogItem(i.regime(), i.itemCode(), i.itemName(), i.category()))
                .toList();
    }
}

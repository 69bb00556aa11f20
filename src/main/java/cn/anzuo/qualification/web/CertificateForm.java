package cn.anzuo.qualification.web;

import cn.anzuo.qualification.CertificateRegime;
import cn.anzuo.qualification.domain.CertificateRegistry.AddCertificate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The add-certificate form. Empty expiry and review dates take the defaults of DOMAIN.md; the
 * number rule (特种作业: "T" + ID number), the item and the order of the dates are checked by the domain.
 */
public class CertificateForm {

    @NotNull
    private CertificateRegime regime;

    @NotBlank
    @Size(max = 20)
    private String itemCode;

    @Size(max = 64)
    private String number;

    @Size(max = 100)
    private String authority;

    @NotNull
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate issuedOn;

    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate expiresOn;

    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate reviewDueOn;

    AddCertificate toCommand() {
        return new AddCertificate(regime, itemCode, number, authority, issuedOn, expiresOn, reviewDueOn);
    }

    public CertificateRegime getRegime() { return regime; }
    public void setRegime(CertificateRegime regime) { this.regime = regime; }
    public String getItemCode() { return itemCode; }
    public void setItemCode(String itemCode) { this.itemCode = itemCode; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public LocalDate getReviewDueOn() { return reviewDueOn; }
    public void setReviewDueOn(LocalDate reviewDueOn) { this.reviewDueOn = reviewDueOn; }
}

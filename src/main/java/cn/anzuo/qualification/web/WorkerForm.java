package cn.anzuo.qualification.web;

import cn.anzuo.qualification.domain.WorkerRegistry.RegisterWorker;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The register-worker form (登记人员). The ID number is checked by the domain (GB 11643). */
public class WorkerForm {

    @NotNull
    private UUID companyId;

    @NotBlank
    @Size(max = 50)
    private String name;

    @NotBlank
    @Size(max = 20)
    private String idNumber;

    @Size(max = 20)
    @Pattern(regexp = "[0-9+\\- ]*")
    private String phone;

    @Size(max = 100)
    private String employer;

    RegisterWorker toCommand() {
        return new RegisterWorker(companyId, name.trim(), idNumber.trim(), phone, employer);
    }

    public UUID getCompanyId() { return companyId; }
    public void setCompanyId(UUID companyId) { this.companyId = companyId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
}

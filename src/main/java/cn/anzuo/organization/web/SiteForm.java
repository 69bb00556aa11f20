package cn.anzuo.organization.web;

import cn.anzuo.organization.domain.SiteAdministration.CreateSite;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new site, from the API (JSON) or the admin form. */
public class SiteForm {

    @NotNull
    private UUID companyId;

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;

    @NotNull
    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;

    @NotNull
    @Min(10)
    @Max(5000)
    private Integer radiusMeters;

    private boolean hazardArea;

    /** Open-air work unless unticked; a JSON body without it means outdoor (API.md default). */
    private boolean outdoor = true;

    CreateSite toCommand() {
        return new CreateSite(companyId, code.trim(), name.trim(), latitude, longitude, radiusMeters,
                hazardArea, outdoor);
    }

    public UUID getCompanyId() { return companyId; }
    public void setCompanyId(UUID companyId) { this.companyId = companyId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public Integer getRadiusMeters() { return radiusMeters; }
    public void setRadiusMeters(Integer radiusMeters) { this.radiusMeters = radiusMeters; }
    public boolean isHazardArea() { return hazardArea; }
    public void setHazardArea(boolean hazardArea) { this.hazardArea = hazardArea; }
    public boolean isOutdoor() { return outdoor; }
    public void setOutdoor(boolean outdoor) { this.outdoor = outdoor; }
}

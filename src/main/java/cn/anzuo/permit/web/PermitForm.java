package cn.anzuo.permit.web;

import cn.anzuo.permit.HazardFactor;
import cn.anzuo.permit.PermitLevel;
import cn.anzuo.permit.domain.PermitApplications.ApplyForPermit;
import cn.anzuo.permit.domain.GeoPoint;
import cn.anzuo.permit.domain.OtherMeasures;
import cn.anzuo.permit.domain.PermitMeasure;
import cn.anzuo.shared.WorkType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The draft of 我要作业 while it is filled in over four screens. Every screen posts the whole
 * draft (its own inputs visible, the others as hidden fields), so nothing lives on the server
 * until the permit is submitted. Bean Validation groups say which inputs belong to which screen.
 */
public class PermitForm {

    /** Screen 1: work type. */
    interface TypeScreen {}

    /** Screen 2: site, time, place, content, level inputs. */
    interface PlaceScreen {}

    /** Screen 3: leader, workers, guardian. */
    interface PeopleScreen {}

    /** Screen 4: checklist, hazards, emergency measures, expedite. */
    interface ChecklistScreen {}

    static final int TYPE = 1;
    static final int PLACE = 2;
    static final int PEOPLE = 3;
    static final int CHECKLIST = 4;
    static final int SUBMIT = 5;

    /** The screen this post comes from. */
    private int step = TYPE;
    /** One id per draft: a second submit of the same draft (double tap, back button) creates no second permit. */
    private String draftId;

    @NotNull(groups = TypeScreen.class)
    private WorkType type;

    @NotNull(groups = PlaceScreen.class)
    private UUID siteId;
    @NotNull(groups = PlaceScreen.class)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @NotNull(groups = PlaceScreen.class)
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
    private LocalTime startTime;
    /** Only for work that runs past midnight or over several days; empty = the start date. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    @NotNull(groups = PlaceScreen.class)
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
    private LocalTime endTime;
    @NotBlank(groups = PlaceScreen.class)
    @Size(max = 200, groups = PlaceScreen.class)
    private String location;
    @NotBlank(groups = PlaceScreen.class)
    @Size(max = 1000, groups = PlaceScreen.class)
    private String content;
    private PermitLevel level;
    @DecimalMin(value = "0", groups = PlaceScreen.class)
    @DecimalMax(value = "1000", groups = PlaceScreen.class)
    private BigDecimal heightMeters;
    private Set<HazardFactor> hazardFactors = EnumSet.noneOf(HazardFactor.class);
    @DecimalMin(value = "0", inclusive = false, groups = PlaceScreen.class)
    @DecimalMax(value = "100000", groups = PlaceScreen.class)
    private BigDecimal loadTonnes;

    @NotNull(groups = PeopleScreen.class)
    private UUID leaderId;
    @NotEmpty(groups = PeopleScreen.class)
    @Size(max = 50, groups = PeopleScreen.class)
    private List<UUID> workerIds = new ArrayList<>();
    @NotNull(groups = PeopleScreen.class)
    private UUID guardianId;
    /** The name filter of the worker list (not part of the permit). */
    @Size(max = 50)
    private String q;

    /** Checklist answers by measure code: applicable (是否涉及) or not; a missing code is unanswered. */
    private Map<String, Boolean> measures = new LinkedHashMap<>();
    /** The values of the checklist blanks, keyed {@code <code>.<index>} ("HW-02.0" → "2"). */
    private Map<String, String> blanks = new LinkedHashMap<>();
    /** The number of the leader's previous permit that hazards and emergency measures were copied from. */
    private String copiedFrom;
    /** The location of that permit, to warn when its text no longer fits. */
    private String copiedLocation;
    @Size(max = 2000, groups = ChecklistScreen.class)
    private String hazards;
    @Size(max = 2000, groups = ChecklistScreen.class)
    private String emergencyMeasures;
    /** Annex A item 16, 其他安全措施. */
    @Size(max = OtherMeasures.MAX_LENGTH, groups = ChecklistScreen.class)
    private String otherMeasures;
    /** Where the work happens, from the phone's "use my location" (optional, SIMOPS). */
    @jakarta.validation.constraints.DecimalMin(value = "-90", groups = PlaceScreen.class)
    @jakarta.validation.constraints.DecimalMax(value = "90", groups = PlaceScreen.class)
    private Double latitude;
    @jakarta.validation.constraints.DecimalMin(value = "-180", groups = PlaceScreen.class)
    @jakarta.validation.constraints.DecimalMax(value = "180", groups = PlaceScreen.class)
    private Double longitude;
    /** A latitude needs its longitude (the phone gives both; typed in, one may be forgotten). */
    @jakarta.validation.constraints.AssertTrue(groups = PlaceScreen.class)
    public boolean isPointComplete() {
        return (latitude == null) == (longitude == null);
    }

    /** Permits the leader coordinates with (关联作业票): acknowledges their SIMOPS conflicts. */
    private Set<UUID> relatedPermitIds = new java.util.LinkedHashSet<>();
    private boolean expedite;
    /** Open-air work; null until screen 2 shows it, then the site's flag unless the leader changes it. */
    private Boolean outdoor;
    @Size(max = 500, groups = ChecklistScreen.class)
    private String expediteReason;

    static Class<?> group(int screen) {
        return switch (screen) {
            case TYPE -> TypeScreen.class;
            case PLACE -> PlaceScreen.class;
            case PEOPLE -> PeopleScreen.class;
            default -> ChecklistScreen.class;
        };
    }

    Instant plannedStart(ZoneId zone) {
        return date.atTime(startTime).atZone(zone).toInstant();
    }

    Instant plannedEnd(ZoneId zone) {
        return (endDate == null ? date : endDate).atTime(endTime).atZone(zone).toInstant();
    }

    /** The command once screens 1 and 2 are valid; later inputs may still be missing. */
    ApplyForPermit toCommand(ZoneId zone) {
        return new ApplyForPermit(type, level, siteId, location == null ? "" : location,
                content == null ? "" : content, plannedStart(zone), plannedEnd(zone), leaderId,
                workerIds.stream().distinct().toList(), guardianId, blankToNull(hazards),
                blankToNull(emergencyMeasures),
                measures.entrySet().stream()
                        .filter(e -> e.getValue() != null)
                        .map(e -> PermitMeasure.of(e.getKey(), e.getValue(), blankValues(e.getKey())))
                        .toList(),
                type == WorkType.HEIGHT ? heightMeters : null,
                type == WorkType.HEIGHT ? Set.copyOf(hazardFactors) : Set.of(),
                type == WorkType.LIFTING ? loadTonnes : null, Set.copyOf(relatedPermitIds), expedite,
                expedite ? blankToNull(expediteReason) : null, blankToNull(otherMeasures),
                outdoor,
                latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public Set<UUID> getRelatedPermitIds() { return relatedPermitIds; }
    public void setRelatedPermitIds(Set<UUID> ids) { this.relatedPermitIds = ids == null ? new java.util.LinkedHashSet<>() : ids; }
    public int getStep() { return step; }
    public void setStep(int step) { this.step = step; }
    public String getDraftId() { return draftId; }
    public void setDraftId(String draftId) { this.draftId = draftId; }
    public WorkType getType() { return type; }
    public void setType(WorkType type) { this.type = type; }
    public UUID getSiteId() { return siteId; }
    public void setSiteId(UUID siteId) { this.siteId = siteId; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public PermitLevel getLevel() { return level; }
    public void setLevel(PermitLevel level) { this.level = level; }
    public BigDecimal getHeightMeters() { return heightMeters; }
    public void setHeightMeters(BigDecimal heightMeters) { this.heightMeters = heightMeters; }
    public Set<HazardFactor> getHazardFactors() { return hazardFactors; }
    public void setHazardFactors(Set<HazardFactor> hazardFactors) {
        this.hazardFactors = hazardFactors == null ? EnumSet.noneOf(HazardFactor.class) : hazardFactors;
    }
    public BigDecimal getLoadTonnes() { return loadTonnes; }
    public void setLoadTonnes(BigDecimal loadTonnes) { this.loadTonnes = loadTonnes; }
    public UUID getLeaderId() { return leaderId; }
    public void setLeaderId(UUID leaderId) { this.leaderId = leaderId; }
    public List<UUID> getWorkerIds() { return workerIds; }
    public void setWorkerIds(List<UUID> workerIds) { this.workerIds = workerIds == null ? new ArrayList<>() : workerIds; }
    public UUID getGuardianId() { return guardianId; }
    public void setGuardianId(UUID guardianId) { this.guardianId = guardianId; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    /** The values of one measure's blanks, in order (empty strings for unfilled ones). */
    List<String> blankValues(String code) {
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; blanks.containsKey(code + "." + i) || i < maxIndex(code); i++) {
            String value = blanks.get(code + "." + i);
            values.add(value == null ? "" : value);
        }
        return values;
    }

    private int maxIndex(String code) {
        return blanks.keySet().stream().filter(k -> k.startsWith(code + "."))
                .mapToInt(k -> {
                    try {
                        return Integer.parseInt(k.substring(code.length() + 1)) + 1;
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }).max().orElse(0);
    }

    public Map<String, String> getBlanks() { return blanks; }
    public void setBlanks(Map<String, String> blanks) { this.blanks = blanks == null ? new LinkedHashMap<>() : blanks; }
    public String getCopiedFrom() { return copiedFrom; }
    public void setCopiedFrom(String copiedFrom) { this.copiedFrom = copiedFrom; }
    public String getCopiedLocation() { return copiedLocation; }
    public void setCopiedLocation(String copiedLocation) { this.copiedLocation = copiedLocation; }
    public Map<String, Boolean> getMeasures() { return measures; }
    public void setMeasures(Map<String, Boolean> measures) { this.measures = measures == null ? new LinkedHashMap<>() : measures; }
    public String getHazards() { return hazards; }
    public void setHazards(String hazards) { this.hazards = hazards; }
    public String getEmergencyMeasures() { return emergencyMeasures; }
    public void setEmergencyMeasures(String emergencyMeasures) { this.emergencyMeasures = emergencyMeasures; }
    public String getOtherMeasures() { return otherMeasures; }
    public void setOtherMeasures(String otherMeasures) { this.otherMeasures = otherMeasures; }
    public Boolean getOutdoor() { return outdoor; }
    public void setOutdoor(Boolean outdoor) { this.outdoor = outdoor; }
    public boolean isExpedite() { return expedite; }
    public void setExpedite(boolean expedite) { this.expedite = expedite; }
    public String getExpediteReason() { return expediteReason; }
    public void setExpediteReason(String expediteReason) { this.expediteReason = expediteReason; }
}

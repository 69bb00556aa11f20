package cn.anzuo.qualification;

import java.time.LocalDate;
import java.util.UUID;

/** A worker's training record was added (participation KPI: training completion). */
public record TrainingRecorded(UUID trainingId, UUID workerId, UUID companyId, String kind, LocalDate completedOn) {}

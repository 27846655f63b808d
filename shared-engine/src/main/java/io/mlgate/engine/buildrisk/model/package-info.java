/**
 * The risk model: Tribuo logistic regression and XGBoost gradient boosting trained on build features (each fit an
 * equal-weight ensemble of five seeds, scored member by member in batches, {@code EnsembleBatch}), the family
 * chosen on a time-ordered validation split, probabilities calibrated by Platt scaling on that split (within the
 * groups of the previous outcome or the related-outcome rule's call, whichever ranks it better), saved as a
 * Tribuo protobuf model file, its plain-Java scorer ({@code scorer.bin}) and a JSON model card; metrics (precision,
 * recall, F1, ROC AUC) and the previous-outcome baseline every evaluation reports beside the model; the decision
 * rule ({@code Calls}): by default the related-outcome rule's calls, else the model's threshold (always, or where its
 * alarms, replayed in time order on the training builds, beat the rule's); the baseline's calls for models trained
 * before that rule; an evaluation's risk cut-offs and calibration on its test builds; after training, from
 * the history alone: whether the model is out of date ({@code ModelAge}) and how its calls did on the builds recorded
 * with their risk ({@code RecordedRisks}).
 */
package io.mlgate.engine.buildrisk.model;

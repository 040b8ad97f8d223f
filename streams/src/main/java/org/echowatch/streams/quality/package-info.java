/**
 * Measurement commands: precision, recall and F1 per tier on the labelled corpus ({@link
 * org.echowatch.streams.quality.QualityReport}), and Pearson correlation with human ratings on the
 * SemEval-2022 Task 8 development set ({@link org.echowatch.streams.quality.SemEvalReport}).
 */
package org.echowatch.streams.quality;

package app.kindred.questionnaire.scoring;

/** Which of the couple's two partners; matches the A/B label of a partner. */
public enum PartnerLabel {
    A,
    B
}

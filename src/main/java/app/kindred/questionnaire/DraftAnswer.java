package app.kindred.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * An answer given before submit, saved as soon as it is chosen so that closing the phone loses
 * nothing. Drafts are never scored or shown to the clinician.
 */
@Entity
@Table(name = "draft_answer")
public class DraftAnswer {

    @EmbeddedId
    private Key key;

    @Column(name = "item_value", nullable = false)
    private int value;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected DraftAnswer() {
    }

    public DraftAnswer(long invitationId, String itemCode, int value, Instant answeredAt) {
        this.key = new Key(invitationId, itemCode);
        this.value = value;
        this.answeredAt = answeredAt;
    }

    public String getItemCode() {
        return key.itemCode;
    }

    public int getValue() {
        return value;
    }

    public void change(int value, Instant answeredAt) {
        this.value = value;
        this.answeredAt = answeredAt;
    }

    @Embeddable
    public record Key(@Column(name = "invitation_id") long invitationId,
            @Column(name = "item_code", length = 40) String itemCode) implements Serializable {
    }
}

package app.kindred.couple;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Form input for a new couple; an empty reference means "generate the next one". */
public record NewCoupleData(
        @Size(max = 20, message = "A reference has at most 20 characters")
        @Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9-]*$", message = "Use letters, digits and dashes only")
        String reference,
        @NotNull(message = "Choose the date therapy started") LocalDate startedOn,
        @NotNull @Valid PartnerData partnerA,
        @NotNull @Valid PartnerData partnerB,
        Long clinicianId) {

    public record PartnerData(
            @NotBlank(message = "Enter the partner's name") @Size(max = 200, message = "At most 200 characters")
            String displayName,
            @Email(message = "This is not an email address") @Size(max = 320) String email,
            @Size(max = 40, message = "At most 40 characters") String pronouns) {
    }
}
